/**
 * Findings: what the rules say about a report.
 */
import type { Lang, ReportPath } from "../report/parse.js";

export type Severity = "error" | "warning" | "info";
export type RuleKind = "metadata" | "arithmetic" | "cross-section" | "cross-year" | "narrative";

export interface Finding {
  /** The rule id from the catalogue, e.g. `t3-balance-per-column`. */
  readonly code: string;
  readonly severity: Severity;
  /** Where in the report, e.g. `["tables", "applications", "resultsTotal", "total"]`. */
  readonly path: ReportPath;
  /** The Chinese label of the place (row and column label, or the part heading). */
  readonly label: string;
  /** The message in the language asked for. */
  readonly message: string;
  /** What the rule expected there, when it can say. */
  readonly expected?: number | string | null;
  /** What the report has there. */
  readonly actual?: number | string | null;
  /** Set when a reviewer has accepted the finding (see acknowledgements). */
  readonly acknowledged?: { readonly reason: string };
}

/** What became of one rule on one report. */
export type CheckStatus =
  /** Every input was there and nothing was found. */
  | "passed"
  /** At least one finding. */
  | "failed"
  /** Some inputs were there and passed; others were missing. */
  | "partial"
  /** No input the rule needs was there (blank cells, no narrative, no previous report…). */
  | "not-checked"
  /** The rule does not apply to this report (another edition, another kind of agency). */
  | "not-applicable"
  /** Turned off by a severity override. */
  | "off";

export interface Check {
  readonly code: string;
  readonly status: CheckStatus;
  /** Why a rule was not checked or only partly checked, in the language asked for. */
  readonly reasons: readonly string[];
}

/** A finding a reviewer has accepted: its code, its path and why. */
export interface Acknowledgement {
  readonly code: string;
  /** The finding's path, as an array or dotted (`tables.applications.resultsTotal.total`). */
  readonly path: ReportPath | string;
  readonly reason: string;
}

export type SeverityOverride = Severity | "off";

export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

export type { Lang, ReportPath };
