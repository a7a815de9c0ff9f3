/**
 * A blank report of the edition a year requires: every table, row and cell present and blank.
 */
import { dataRows, editionForYear } from "../editions/registry.js";
import type { AgencyKind } from "./agency.js";
import type { Report, TableData } from "./types.js";

export interface BlankReportOptions {
  readonly reportYear: number;
  readonly agency: string;
  readonly agencyKind?: AgencyKind;
}

/** A blank report; throws a RangeError for years before the first edition (2019). */
export function blankReport(options: BlankReportOptions): Report {
  const edition = editionForYear(options.reportYear);
  if (edition === undefined) {
    throw new RangeError(`No edition of the format covers report year ${options.reportYear}`);
  }
  const tables: Record<string, TableData> = {};
  for (const table of edition.tables) {
    tables[table.id] = Object.fromEntries(
      dataRows(table).map((row) => [row.id, Object.fromEntries(table.columns.map((column) => [column.id, null]))]),
    );
  }
  return {
    edition: edition.id,
    reportYear: options.reportYear,
    agency: options.agency,
    ...(options.agencyKind === undefined ? {} : { agencyKind: options.agencyKind }),
    tables,
    narrative: {
      overview: { paragraphs: [] },
      problemsAndImprovements: { paragraphs: [] },
      otherMatters: { paragraphs: [] },
    },
  };
}
