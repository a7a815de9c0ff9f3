/**
 * Runs rules over a report and collects findings and the status of every rule.
 */
import { getEdition, findTable, cachedCellLabel } from "../editions/registry.js";
import type { EditionDefinition } from "../editions/types.js";
import { applyAcknowledgements } from "../findings/acknowledge.js";
import type { Acknowledgement, Check, CheckStatus, Finding, MessageText, Severity, SeverityOverride } from "../findings/types.js";
import { formatPath, type Lang, type ReportPath } from "../report/parse.js";
import type { Report } from "../report/types.js";
import type { CellViolation, Rule, RuleContext } from "./types.js";

export interface CheckOptions {
  /** Language of messages; Chinese unless `"en"`. */
  readonly lang?: Lang;
  /** The same agency's report of the previous year, for the cross-year rules. */
  readonly previous?: Report;
  /** Per-rule severity: a new severity for all its findings, or `"off"`. */
  readonly severity?: Readonly<Record<string, SeverityOverride>>;
  /** Findings a reviewer has accepted. */
  readonly acknowledgements?: readonly Acknowledgement[];
  /** Run only these rules (ids); all registered rules when absent. */
  readonly only?: readonly string[];
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly checks: readonly Check[];
}

/** Labels of the report's top-level fields, for findings that point at them. */
const FIELD_LABELS: Record<string, string> = {
  edition: "版式",
  reportYear: "报告年度",
  agency: "机关名称",
  agencyKind: "机关类别",
  title: "标题",
  preamble: "导语",
  signature: "落款",
  publishedDate: "发布日期",
};

function labelFor(edition: EditionDefinition, path: ReportPath): string {
  if (path[0] === "tables" && typeof path[1] === "string") {
    const table = findTable(edition, path[1]);
    if (table === undefined) return path[1];
    if (typeof path[2] === "string") {
      return cachedCellLabel(table, path[2], typeof path[3] === "string" ? path[3] : undefined);
    }
    return table.title;
  }
  if (path[0] === "narrative" && typeof path[1] === "string") {
    return edition.sections.find((section) => section.id === path[1])?.label ?? path[1];
  }
  return FIELD_LABELS[String(path[0])] ?? formatPath(path);
}

/** What the rule being run has recorded so far. Reasons stay `MessageText` until the end. */
interface RuleRecord {
  rule: Rule;
  override: Severity | undefined;
  found: number;
  checked: number;
  skipped: MessageText[] | undefined;
  inapplicable: MessageText[] | undefined;
}

/** The reasons of a check that has none: one frozen array shared by all such checks. */
const NO_REASONS: readonly string[] = Object.freeze([]);

/**
 * The reason of a rule that does not apply to the report's edition, per rule and language: the
 * same frozen one-element array for every report.
 */
const editionReasons = new WeakMap<Rule, Partial<Record<Lang, readonly string[]>>>();

function editionReason(rule: Rule, editions: readonly string[], lang: Lang): readonly string[] {
  let byLang = editionReasons.get(rule);
  if (byLang === undefined) {
    byLang = {};
    editionReasons.set(rule, byLang);
  }
  return (byLang[lang] ??= Object.freeze([
    lang === "en" ? `applies to edition ${editions.join(", ")} only` : `仅适用于 ${editions.join("、")} 版式`,
  ]));
}

/** The reasons of a rule's status in `lang`, duplicates removed (skips first). */
function reasonsOf(record: RuleRecord, lang: Lang): readonly string[] {
  if (record.skipped === undefined && record.inapplicable === undefined) return NO_REASONS;
  const texts: string[] = [];
  for (const reason of record.skipped ?? []) texts.push(reason[lang]);
  for (const reason of record.inapplicable ?? []) texts.push(reason[lang]);
  return texts.length < 2 ? texts : [...new Set(texts)];
}

/** Runs `rules` over `report` (already parsed) and returns findings and per-rule status. */
export function runRules(
  rules: readonly Rule[],
  report: Report,
  options: CheckOptions = {},
  cellViolations: readonly CellViolation[] = [],
): CheckResult {
  const lang = options.lang ?? "zh";
  const edition = getEdition(report.edition);
  const previous = options.previous;
  const previousEdition = previous === undefined ? undefined : getEdition(previous.edition);
  const findings: Finding[] = [];
  const checks: Check[] = [];
  const selected = options.only === undefined ? rules : rules.filter((rule) => options.only!.includes(rule.id));
  const severity = options.severity;

  // One context for the whole report (not one per rule): its methods record into `current`, the
  // record of the rule being run. Rules see a fresh context per `runRules` call, so per-report
  // caches keyed by the context (see ./report-cache.ts) never outlive this call.
  let current: RuleRecord | undefined;
  const active = (): RuleRecord => {
    if (current === undefined) throw new Error("a rule context was used after its rule finished");
    return current;
  };
  const tables = report.tables;
  const context: RuleContext = {
    report,
    edition,
    previous,
    previousEdition,
    cellViolations,
    lang,
    table: (tableId) => findTable(edition, tableId),
    cell: (tableId, rowId, columnId) => tables[tableId]?.[rowId]?.[columnId],
    count: (tableId, rowId, columnId) => {
      const value = tables[tableId]?.[rowId]?.[columnId];
      return typeof value === "number" ? value : null;
    },
    flag: (input) => {
      const record = active();
      record.found++;
      // the same keys, in the same order, as a literal with optional spreads, without the spreads
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
        code: record.rule.id,
        severity: record.override ?? input.severity ?? record.rule.severity,
        path: input.path,
        label: input.label ?? labelFor(edition, input.path),
        message: input.message[lang],
      };
      if (input.expected !== undefined) finding.expected = input.expected;
      if (input.actual !== undefined) finding.actual = input.actual;
      findings.push(finding);
    },
    checked: () => {
      active().checked++;
    },
    skip: (reason) => {
      (active().skipped ??= []).push(reason);
    },
    notApplicable: (reason) => {
      (active().inapplicable ??= []).push(reason);
    },
  };

  let record: RuleRecord | undefined;
  for (const rule of selected) {
    const override = severity?.[rule.id];
    if (override === "off") {
      checks.push({ code: rule.id, status: "off", reasons: NO_REASONS });
      continue;
    }
    if (rule.editions !== undefined && !rule.editions.includes(report.edition)) {
      checks.push({ code: rule.id, status: "not-applicable", reasons: editionReason(rule, rule.editions, lang) });
      continue;
    }
    // one record for the whole run, reset for each rule (its counts are read below, before the
    // next rule starts)
    if (record === undefined) record = { rule, override, found: 0, checked: 0, skipped: undefined, inapplicable: undefined };
    else {
      record.rule = rule;
      record.override = override;
      record.found = 0;
      record.checked = 0;
      record.skipped = undefined;
      record.inapplicable = undefined;
    }
    current = record;
    try {
      rule.check(context);
    } finally {
      current = undefined;
    }
    const skipped = record.skipped?.length ?? 0;
    let status: CheckStatus;
    if (record.found > 0) status = "failed";
    else if (record.checked > 0) status = skipped > 0 ? "partial" : "passed";
    else if (skipped > 0) status = "not-checked";
    else if ((record.inapplicable?.length ?? 0) > 0) status = "not-applicable";
    else status = "not-checked";
    checks.push({ code: rule.id, status, reasons: reasonsOf(record, lang) });
  }
  const acknowledgements = options.acknowledgements;
  return {
    // `findings` is this call's own array: without acknowledgements it needs no copy
    findings: acknowledgements === undefined || acknowledgements.length === 0 ? findings : applyAcknowledgements(findings, acknowledgements),
    checks,
  };
}
