/**
 * Hand-made odd layouts (test/fixtures/layouts/*.txt, with the numbers the author meant in
 * *.truth.json): the importer reads a table wherever its header is printed, and where the text
 * itself is ambiguous it leaves the cells blank with a note — never a guessed number.
 *
 * - relocated-table-2021: the body of 第二十条第（一）项 is printed after the other tables of part 二
 *   (as a page break or an extractor lifts it); read by its header, every cell exact.
 * - untitled-tables-2019: 第二十条第（一）项 and （九）项 have no title at all; read by their headers.
 * - short-rows-2021: the relocated body prints two numbers per row for three columns, the lost
 *   cells float under the title with notes. Nothing tells which column is blank: the rows stay null.
 * - table-four-blocks-2021: table four one cell per line with header words between the blocks; two
 *   orders of the litigation blocks fit every identity, and a header word next to a block points to
 *   the wrong group — the ten litigation cells stay null, 行政复议 is decided.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport, type ImportResult } from "../src/index.js";

type Tables = Record<string, Record<string, Record<string, number | string | null>>>;
interface Truth {
  edition: string;
  reportYear: number;
  agency: string;
  tables: Tables;
}

const dir = new URL("./fixtures/layouts/", import.meta.url);

async function load(name: string): Promise<{ result: ImportResult; truth: Truth }> {
  const text = readFileSync(new URL(`${name}.txt`, dir), "utf8");
  const truth = JSON.parse(readFileSync(new URL(`${name}.truth.json`, dir), "utf8")) as Truth;
  const result = await importReport({ text, fileName: `${name}.txt` }, { validate: false });
  expect(result.report).toBeDefined();
  expect(result.report!.edition).toBe(truth.edition);
  expect(result.report!.reportYear).toBe(truth.reportYear);
  expect(result.report!.agency).toBe(truth.agency);
  return { result, truth };
}

/** Every cell of the truth: [path, meant, imported]. */
function cells(result: ImportResult, truth: Truth): [string, number | string | null, unknown][] {
  const tables = result.report!.tables as Tables;
  const out: [string, number | string | null, unknown][] = [];
  for (const [table, rows] of Object.entries(truth.tables)) {
    for (const [row, columns] of Object.entries(rows)) {
      for (const [column, value] of Object.entries(columns)) out.push([`${table}.${row}.${column}`, value, tables[table]?.[row]?.[column] ?? null]);
    }
  }
  return out;
}

/** Imported cells that differ from the truth: each must be null with a cell-ambiguous note. */
function blanks(result: ImportResult, truth: Truth): string[] {
  const out: string[] = [];
  for (const [path, meant, got] of cells(result, truth)) {
    if (got === meant) continue;
    expect(got, `${path}: a wrong number (meant ${JSON.stringify(meant)})`).toBeNull();
    const [table, row, column] = path.split(".");
    const note = result.notes.find((candidate) => candidate.code === "cell-ambiguous" && candidate.path.join(".") === `tables.${table}.${row}.${column}`);
    expect(note, `${path} is blank without a note`).toBeDefined();
    out.push(path);
  }
  return out;
}

describe("a table read by its header wherever it is printed", () => {
  it("reads the body of 第二十条第（一）项 printed after its neighbours", async () => {
    const { result, truth } = await load("relocated-table-2021");
    expect(blanks(result, truth)).toEqual([]);
    const note = result.notes.find((candidate) => candidate.code === "table-relocated");
    expect(note?.path).toEqual(["tables", "regulationsAndNormativeDocuments"]);
    expect(note?.message).toContain("本年制发件数");
    // the neighbour before it ends where the header starts
    expect(result.report!.tables.administrativeFees).toEqual(truth.tables.administrativeFees);
  });

  it("reads tables printed without their titles (2019 edition)", async () => {
    const { result, truth } = await load("untitled-tables-2019");
    expect(blanks(result, truth)).toEqual([]);
    const relocated = result.notes.filter((candidate) => candidate.code === "table-relocated").map((candidate) => candidate.path[1]);
    expect(relocated.sort()).toEqual(["centralizedProcurement", "regulationsAndNormativeDocuments"]);
  });

  it("leaves rows with lost cells blank, and says what floated under the title", async () => {
    const { result, truth } = await load("short-rows-2021");
    const left = blanks(result, truth);
    // 规章 7 | 88 and 行政规范性文件 12 | 140 for three columns: never split into 7, 8, 8
    expect(left.filter((path) => path.startsWith("regulationsAndNormativeDocuments.")).sort()).toEqual([
      "regulationsAndNormativeDocuments.normativeDocuments.inForce",
      "regulationsAndNormativeDocuments.normativeDocuments.issued",
      "regulationsAndNormativeDocuments.normativeDocuments.repealed",
      "regulationsAndNormativeDocuments.regulations.inForce",
      "regulationsAndNormativeDocuments.regulations.issued",
    ]);
    expect(left.every((path) => path.startsWith("regulationsAndNormativeDocuments."))).toBe(true);
    expect(result.report!.tables.regulationsAndNormativeDocuments!.regulations!.repealed).toBeNull();
    const relocated = result.notes.find((candidate) => candidate.code === "table-relocated");
    expect(relocated?.message).toContain("7（含修订2件）3（含自然失效1件）");
    const short = result.notes.find((candidate) => candidate.code === "cell-ambiguous" && candidate.path[2] === "regulations");
    expect(short?.message).toContain("本行只印了 2 个数，而本表有 3 列");
  });
});

describe("numbers whose order the text does not settle", () => {
  it("keeps the litigation groups of table four blank when two block orders fit", async () => {
    const { result, truth } = await load("table-four-blocks-2021");
    const left = blanks(result, truth);
    expect(left).toHaveLength(10);
    expect(left.every((path) => path.startsWith("reviewAndLitigation.cases.litigation"))).toBe(true);
    const review = result.report!.tables.reviewAndLitigation!.cases!;
    expect([review.reviewUpheld, review.reviewCorrected, review.reviewOther, review.reviewPending, review.reviewTotal]).toEqual([3, 1, 2, 0, 6]);
    const note = result.notes.find((candidate) => candidate.code === "cell-ambiguous" && candidate.path[3] === "litigationDirectTotal");
    expect(note?.message).toContain("数字块的先后顺序");
    expect(note?.message).toContain("4、2");
  });

  it("does not split a number printed in its own cell to fill the columns", async () => {
    const base = readFileSync(new URL("relocated-table-2021.txt", dir), "utf8");
    // a table of one column: the number is the cell
    const text = base.replace("行政许可\t36", "行政许可\t396");
    const result = await importReport({ text }, { validate: false });
    expect(result.report!.tables.licensing!.administrativeLicensing!.decisions).toBe(396);
    const lost = await importReport({ text: text.replace("规章\t2\t0\t15", "规章\t215").replace("行政规范性文件\t5\t1\t40", "行政规范性文件\t5\t140") }, { validate: false });
    const regulations = lost.report!.tables.regulationsAndNormativeDocuments!;
    // "215" in one cell may be 2 | 1 | 5 run together, or one number with two cells lost
    expect(regulations.regulations).toEqual({ issued: null, repealed: null, inForce: null });
    expect(regulations.normativeDocuments).toEqual({ issued: null, repealed: null, inForce: null });
  });

  it("still splits digits run together with their label (crawler text)", async () => {
    const base = readFileSync(new URL("relocated-table-2021.txt", dir), "utf8");
    const text = base.replace("规章\t2\t0\t15\n行政规范性文件\t5\t1\t40", "规章007行政规范性文件0012");
    const result = await importReport({ text }, { validate: false });
    expect(result.report!.tables.regulationsAndNormativeDocuments!.regulations).toEqual({ issued: 0, repealed: 0, inForce: 7 });
    expect(result.report!.tables.regulationsAndNormativeDocuments!.normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 12 });
  });
});
