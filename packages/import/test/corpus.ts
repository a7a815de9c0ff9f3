/** The shared corpus beside the checkout: extracted texts, real files, expected tables. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
export const fixturesDir = fileURLToPath(new URL("../../schema/test/fixtures/reports/", import.meta.url));
export const examplePath = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));

export interface Expected {
  edition: string;
  reportYear: number;
  agency: string;
  tables: Record<string, Record<string, Record<string, number | string | null>>>;
}

export const corpusTexts = readdirSync(corpusDir).filter((name) => name.endsWith(".txt")).sort();

export function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(corpusDir + name.replace(/\.txt$/u, ".expected.json"), "utf8")) as Expected;
}

/** The real files and the expected.json their INDEX.tsv names. */
export function corpusFiles(): { file: string; expected: string }[] {
  const [header, ...rows] = readFileSync(`${corpusDir}files/INDEX.tsv`, "utf8").trim().split("\n");
  const columns = header!.split("\t");
  const fileIndex = columns.indexOf("file");
  const expectedIndex = columns.indexOf("expected_json");
  return rows.map((row) => {
    const cells = row.split("\t");
    return { file: cells[fileIndex]!, expected: cells[expectedIndex]!.split(" ")[0]! };
  });
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
