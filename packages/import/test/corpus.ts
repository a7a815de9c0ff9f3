/**
 * The shared corpus as the import tests read it (through `@xxgk/testing/node`): the extracted texts
 * by file name, the expected report of each, and a cell-by-cell comparison with its tables.
 */
import { corpusEntries, sharedCorpusDir } from "@xxgk/testing/node";

/** The shared corpus folder, with a trailing slash. */
export const corpusDir = `${sharedCorpusDir}/`;

export interface Expected {
  edition: string;
  reportYear: number;
  agency: string;
  tables: Record<string, Record<string, Record<string, number | string | null>>>;
}

const expected = new Map(corpusEntries().map((entry) => [`${entry.name}.txt`, entry.report as unknown as Expected]));

/** The extracted texts, by file name (`05-pingtan-2020.txt`). */
export const corpusTexts = [...expected.keys()];

/** The expected report of a text of the corpus (by its file name). */
export function expectedFor(name: string): Expected {
  const report = expected.get(name.replace(/\.expected\.json$/u, ".txt"));
  if (report === undefined) throw new Error(`no expected report for ${name} in ${corpusDir}`);
  return report;
}

/** Cell-by-cell comparison with the expected tables. */
export function compareTables(expected: Expected["tables"], actual: Record<string, unknown>): { matched: number; total: number; diffs: string[] } {
  let matched = 0;
  let total = 0;
  const diffs: string[] = [];
  for (const [table, rows] of Object.entries(expected)) {
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(columns)) {
        total++;
        const got = ((actual[table] as Record<string, Record<string, unknown>> | undefined)?.[row]?.[column]) ?? null;
        if (got === value) matched++;
        else diffs.push(`${table}.${row}.${column}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
      }
    }
  }
  return { matched, total, diffs };
}
