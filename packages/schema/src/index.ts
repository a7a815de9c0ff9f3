/**
 * @xxgk/schema — the 政府信息公开工作年度报告 as data.
 */
export type {
  CellKind,
  ColumnDefinition,
  EditionDefinition,
  EditionId,
  MoneyUnit,
  RowDefinition,
  SectionDefinition,
  SectionId,
  TableDefinition,
  TopicDefinition,
} from "./editions/types.js";
export {
  cellLabel,
  childRows,
  dataRows,
  editionForYear,
  editionIds,
  editions,
  findColumn,
  findRow,
  findTable,
  getEdition,
  getSection,
  getTable,
  isEditionId,
  resultLeafRows,
} from "./editions/registry.js";
export { headerGrid, headerRowCount, type HeaderCell } from "./editions/header.js";
export { ACTIVE_DISCLOSURE_VALUE_COLUMNS, reviewGroups } from "./editions/common.js";
export { REPORT_TITLE_AFTER_YEAR, defaultReportTitle } from "./editions/title.js";

export {
  agencyKindDefinitions,
  agencyKinds,
  getAgencyKind,
  type AgencyKind,
  type AgencyKindDefinition,
} from "./report/agency.js";
export {
  AMOUNT_WITH_UNIT_PATTERN,
  amountInYuan,
  isValidCellNumber,
  moneyUnits,
  readAmount,
  readCount,
  type Amount,
  type CellValue,
} from "./report/cells.js";
export type {
  AsPublished,
  NarrativeSection,
  NarrativeSectionId,
  NarrativeSubsection,
  PublishedTableLabels,
  Report,
  Signature,
  TableData,
} from "./report/types.js";
export { jsonSchemaFor, reportSchema, reportSchemaFor } from "./report/schema.js";
export {
  formatPath,
  parseReport,
  type InputIssue,
  type Lang,
  type ParseOptions,
  type ParseResult,
  type ReportPath,
} from "./report/parse.js";
export { deriveTotals, type DeriveResult, type DerivedCell } from "./report/derive-totals.js";
export { blankReport, type BlankReportOptions } from "./report/blank.js";

export type {
  Acknowledgement,
  Check,
  CheckStatus,
  Finding,
  MessageText,
  RuleKind,
  Severity,
  SeverityOverride,
} from "./findings/types.js";
export {
  acknowledgementFileSchema,
  applyAcknowledgements,
  type AcknowledgementFile,
} from "./findings/acknowledge.js";

export type { CellViolation, FindingInput, Rule, RuleContext } from "./rules/types.js";
export { rules, getRule } from "./rules/registry.js";
export { runRules, type CheckOptions, type CheckResult } from "./rules/engine.js";
export { catalogue, catalogueIds, type CatalogueEntry } from "./rules/catalogue.js";
export {
  checkAggregateCoverage,
  type AggregateCoverageOptions,
} from "./rules/cross-section/aggregate-coverage.js";
export { checkDuplicateVersions } from "./rules/cross-year/duplicate-versions.js";
export {
  checkReport,
  validate,
  type Summary,
  type ValidateOptions,
  type ValidationResult,
} from "./validate.js";
