/**
 * Runs rules over a report and collects findings and the status of every rule.
 */
import { getEdition, findTable, cachedCellLabel } from "../editions/registry.js";
import type { EditionDefinition, TableDefinition } from "../editions/types.js";
import { applyAcknowledgements } from "../findings/acknowledge.js";
import type { Acknowledgement, Check, CheckStatus, Finding, MessageText, Severity, SeverityOverride } from "../findings/types.js";
import { formatPath, type Lang, type ReportPath } from "../report/parse.js";
import type { Report } from "../report/types.js";
import type { CellValue } from "../report/cells.js";
import { cellGrid, cellGridOf, cellLayout } from "./cell-grid.js";
import { CachingContext, provide } from "./report-cache.js";
import type { CellViolation, FindingInput, Rule, RuleContext } from "./types.js";

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
  /** The first reason to skip (most rules that skip give one), then any others. */
  firstSkip: MessageText | undefined;
  moreSkips: MessageText[] | undefined;
  inapplicable: MessageText[] | undefined;
}

/**
 * The context of one `runRules` call (one report): its methods record into `current`, the record
 * of the rule being run. A class rather than a literal of closures: nothing is allocated per
 * method and report, and the rules call one shape of context. It is a {@link CachingContext}, so
 * the per-report analyses (./report-cache.ts) live in it and end with the call.
 */
class RunContext extends CachingContext implements RuleContext {
  readonly findings: Finding[] = [];
  /** The record of the rule being run; `undefined` between rules. */
  current: RuleRecord | undefined = undefined;
  private readonly tables: Report["tables"];

  constructor(
    readonly report: Report,
    readonly edition: EditionDefinition,
    readonly previous: Report | undefined,
    readonly previousEdition: EditionDefinition | undefined,
    readonly cellViolations: readonly CellViolation[],
    readonly lang: Lang,
  ) {
    super();
    this.tables = report.tables;
  }

  private active(): RuleRecord {
    if (this.current === undefined) throw new Error("a rule context was used after its rule finished");
    return this.current;
  }

  table(tableId: string): TableDefinition | undefined {
    return findTable(this.edition, tableId);
  }

  cell(tableId: string, rowId: string, columnId: string): CellValue | undefined {
    return this.tables[tableId]?.[rowId]?.[columnId];
  }

  count(tableId: string, rowId: string, columnId: string): number | null {
    const value = this.tables[tableId]?.[rowId]?.[columnId];
    return typeof value === "number" ? value : null;
  }

  flag(input: FindingInput): void {
    const record = this.active();
    record.found++;
    // the same keys, in the same order, as a literal with optional spreads, without the spreads
    const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
      code: record.rule.id,
      severity: record.override ?? input.severity ?? record.rule.severity,
      path: input.path,
      label: input.label ?? labelFor(this.edition, input.path),
      message: input.message[this.lang],
    };
    if (input.expected !== undefined) finding.expected = input.expected;
    if (input.actual !== undefined) finding.actual = input.actual;
    this.findings.push(finding);
  }

  checked(): void {
    this.active().checked++;
  }

  skip(reason: MessageText): void {
    const record = this.active();
    if (record.firstSkip === undefined) record.firstSkip = reason;
    else (record.moreSkips ??= []).push(reason);
  }

  notApplicable(reason: MessageText): void {
    (this.active().inapplicable ??= []).push(reason);
  }
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
  const { firstSkip, moreSkips, inapplicable } = record;
  if (firstSkip === undefined && inapplicable === undefined) return NO_REASONS;
  // the usual case: one reason
  if (inapplicable === undefined && moreSkips === undefined) return [firstSkip![lang]];
  if (firstSkip === undefined && inapplicable?.length === 1) return [inapplicable[0]![lang]];
  const texts: string[] = [];
  if (firstSkip !== undefined) texts.push(firstSkip[lang]);
  for (const reason of moreSkips ?? []) texts.push(reason[lang]);
  for (const reason of inapplicable ?? []) texts.push(reason[lang]);
  return texts.length < 2 ? texts : [...new Set(texts)];
}

/** Runs `rules` over `report` (already parsed) and returns findings and per-rule status. */
export function runRules(
  rules: readonly Rule[],
  report: Report,
  options: CheckOptions = {},
  cellViolations: readonly CellViolation[] = [],
): CheckResult {
  return runRulesOn(rules, report, options, cellViolations, undefined);
}

/**
 * {@link runRules}, given the report's cells when the caller has already read them (in the cell
 * layout of the report's edition): `validate` records them while it checks the input's structure.
 */
export function runRulesOn(
  rules: readonly Rule[],
  report: Report,
  options: CheckOptions,
  cellViolations: readonly CellViolation[],
  cells: readonly (CellValue | undefined)[] | undefined,
): CheckResult {
  const lang = options.lang ?? "zh";
  const edition = getEdition(report.edition);
  const previous = options.previous;
  const previousEdition = previous === undefined ? undefined : getEdition(previous.edition);
  const checks: Check[] = [];
  const selected = options.only === undefined ? rules : rules.filter((rule) => options.only!.includes(rule.id));
  const severity = options.severity;

  // One context for the whole report (not one per rule). Rules see a fresh context per
  // `runRules` call, so per-report caches kept in it (see ./report-cache.ts) never outlive it.
  const context = new RunContext(report, edition, previous, previousEdition, cellViolations, lang);
  if (cells !== undefined) provide(context, cellGrid, cellGridOf(report, cellLayout(edition), cells));

  // one record for the whole run, reset for each rule (its counts are read below, before the
  // next rule starts)
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
    if (record === undefined) {
      record = { rule, override, found: 0, checked: 0, firstSkip: undefined, moreSkips: undefined, inapplicable: undefined };
    } else {
      record.rule = rule;
      record.override = override;
      record.found = 0;
      record.checked = 0;
      record.firstSkip = undefined;
      record.moreSkips = undefined;
      record.inapplicable = undefined;
    }
    context.current = record;
    try {
      rule.check(context);
    } finally {
      context.current = undefined;
    }
    const skipped = record.firstSkip === undefined ? 0 : 1 + (record.moreSkips?.length ?? 0);
    let status: CheckStatus;
    if (record.found > 0) status = "failed";
    else if (record.checked > 0) status = skipped > 0 ? "partial" : "passed";
    else if (skipped > 0) status = "not-checked";
    else if ((record.inapplicable?.length ?? 0) > 0) status = "not-applicable";
    else status = "not-checked";
    checks.push({ code: rule.id, status, reasons: reasonsOf(record, lang) });
  }
  const findings = context.findings;
  const acknowledgements = options.acknowledgements;
  return {
    // `findings` is this call's own array: without acknowledgements it needs no copy
    findings: acknowledgements === undefined || acknowledgements.length === 0 ? findings : applyAcknowledgements(findings, acknowledgements),
    checks,
  };
}
