/**
 * The rule catalogue of `shared/spec/rules.md`: every rule id with its kind, in catalogue order.
 * Implemented rules live in the family folders beside this file; the registry orders them by
 * this list, and the package README lists the ids that are not implemented yet.
 */
import type { RuleKind } from "../findings/types.js";

export interface CatalogueEntry {
  readonly id: string;
  readonly kind: RuleKind;
  /** The severity column of the catalogue, as written (e.g. "error / warning"). */
  readonly severity: string;
  /** The editions / applies-to column of the catalogue, as written. */
  readonly appliesTo: string;
}

export const catalogue: readonly CatalogueEntry[] = [
  { id: "meta-year-consistent", kind: "metadata", severity: "error", appliesTo: "all" },
  { id: "meta-edition-matches-year", kind: "metadata", severity: "error / warning", appliesTo: "all" },
  { id: "meta-basis-cites-format", kind: "metadata", severity: "warning / info", appliesTo: "all" },
  { id: "meta-deadline", kind: "metadata", severity: "error / warning", appliesTo: "all; deadline depends on agency type" },
  { id: "meta-signature-date", kind: "metadata", severity: "warning", appliesTo: "all" },
  { id: "meta-preamble-elements", kind: "metadata", severity: "info", appliesTo: "all" },
  { id: "meta-sections-complete", kind: "metadata", severity: "error / info", appliesTo: "all" },
  { id: "meta-tables-present-as-data", kind: "metadata", severity: "error / info", appliesTo: "all" },
  { id: "meta-table-labels-exact", kind: "metadata", severity: "error / warning", appliesTo: "all" },
  { id: "meta-blank-vs-zero", kind: "metadata", severity: "warning", appliesTo: "all" },
  { id: "meta-nonnegative-integers", kind: "metadata", severity: "error", appliesTo: "all" },
  { id: "meta-fee-unit-wanyuan", kind: "metadata", severity: "error / warning", appliesTo: "E21" },
  { id: "meta-procurement-unit-explicit", kind: "metadata", severity: "warning", appliesTo: "E19" },
  { id: "meta-agency-type-known", kind: "metadata", severity: "info", appliesTo: "all" },
  { id: "meta-no-template-residue", kind: "metadata", severity: "error", appliesTo: "all" },
  { id: "meta-agency-name-consistent", kind: "metadata", severity: "warning", appliesTo: "all" },
  { id: "t3-balance-per-column", kind: "arithmetic", severity: "error", appliesTo: "all" },
  { id: "t3-results-sum", kind: "arithmetic", severity: "error", appliesTo: "all" },
  { id: "t3-applicant-columns-sum", kind: "arithmetic", severity: "error", appliesTo: "all" },
  { id: "t4-row-sum", kind: "arithmetic", severity: "error", appliesTo: "all" },
  { id: "t3-split-cell-hint", kind: "arithmetic", severity: "info", appliesTo: "all (import)" },
  { id: "t2-e19-new-within-total", kind: "arithmetic", severity: "warning", appliesTo: "E19" },
  { id: "x-regs-rule-making-power", kind: "cross-section", severity: "error / warning", appliesTo: "all; by agency type" },
  { id: "x-township-powers-not-flagged", kind: "cross-section", severity: "info", appliesTo: "all" },
  { id: "x-normative-docs-township", kind: "cross-section", severity: "info", appliesTo: "all" },
  { id: "x-narrative-apps-vs-t3", kind: "cross-section", severity: "error / warning", appliesTo: "all" },
  { id: "x-narrative-zero-apps", kind: "cross-section", severity: "error", appliesTo: "all" },
  { id: "x-narrative-review-litigation", kind: "cross-section", severity: "error", appliesTo: "all" },
  { id: "x-narrative-t2", kind: "cross-section", severity: "warning", appliesTo: "all" },
  { id: "x-gov-accountability", kind: "cross-section", severity: "warning", appliesTo: "all; governments only" },
  { id: "x-section1-subtopics", kind: "cross-section", severity: "warning", appliesTo: "all (listed explicitly in E21)" },
  { id: "x-fee-notice-vs-section6", kind: "cross-section", severity: "info", appliesTo: "E21" },
  { id: "x-fee-has-basis", kind: "cross-section", severity: "info", appliesTo: "E21" },
  { id: "x-review-corrections-acknowledged", kind: "cross-section", severity: "info", appliesTo: "all" },
  { id: "x-litigation-without-apps", kind: "cross-section", severity: "warning", appliesTo: "all" },
  { id: "x-aggregate-coverage", kind: "cross-section", severity: "warning", appliesTo: "governments (batch mode)" },
  { id: "y-carryover-chain", kind: "cross-year", severity: "error", appliesTo: "all (works across E19→E21)" },
  { id: "y-regs-stock-rollforward", kind: "cross-year", severity: "warning", appliesTo: "E21 pairs" },
  { id: "y-e19-project-rollforward", kind: "cross-year", severity: "warning", appliesTo: "E19 pairs (2019→2020)" },
  { id: "y-edition-transition", kind: "cross-year", severity: "info", appliesTo: "E19→E21" },
  { id: "y-identical-numbers", kind: "cross-year", severity: "warning", appliesTo: "all" },
  { id: "y-narrative-copy", kind: "cross-year", severity: "warning", appliesTo: "all" },
  { id: "y-problems-repeat", kind: "cross-year", severity: "warning / info", appliesTo: "all" },
  { id: "y-yoy-comparison", kind: "cross-year", severity: "info", appliesTo: "all" },
  { id: "y-duplicate-versions", kind: "cross-year", severity: "warning", appliesTo: "all (batch)" },
  { id: "n-section5-problems-and-measures", kind: "narrative", severity: "warning", appliesTo: "all" },
  { id: "n-section5-specific", kind: "narrative", severity: "info / warning", appliesTo: "all" },
  { id: "n-section6-fee", kind: "narrative", severity: "warning / info", appliesTo: "E21 (info for E19)" },
  { id: "n-section6-npc-cppcc", kind: "narrative", severity: "warning", appliesTo: "E21" },
  { id: "n-section6-annual-priorities", kind: "narrative", severity: "warning", appliesTo: "E21" },
  { id: "n-section6-innovation", kind: "narrative", severity: "info", appliesTo: "E21" },
  { id: "n-agency-specific-content", kind: "narrative", severity: "info / warning", appliesTo: "all" },
];

export const catalogueIds: readonly string[] = catalogue.map((entry) => entry.id);
