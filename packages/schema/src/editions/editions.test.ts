import { describe, expect, it } from "vitest";
import { readSpec } from "../../test/corpus.js";
import { headerGrid, headerRowCount } from "./header.js";
import { editionForYear, editions, getEdition, getTable, resultLeafRows } from "./registry.js";

interface SpecColumn {
  id: string;
  label: string;
  kind: string;
  unit?: string | null;
  unitPrinted?: boolean;
  groupPath?: string[];
}
interface SpecRow {
  id: string;
  label: string | null;
  parent?: string;
  hasCells?: boolean;
}
interface SpecTable {
  id: string;
  label: string;
  sectionId: string;
  rowHeaderLabel?: string;
  cornerNote?: string;
  regulationRef: string;
  columns: SpecColumn[];
  rows: SpecRow[];
}
interface SpecEdition {
  edition: string;
  reportYears: { from: number; to: number | null };
  notice: { docNo: string; title: string; formatTitle: string };
  sections: { id: string; number: number; label: string; tables?: string[] }[];
  tables: SpecTable[];
}

describe.each(editions.map((edition) => [edition.id, edition] as const))("edition %s equals shared/spec", (id, edition) => {
  const spec = readSpec(`format-${id}.json`) as SpecEdition;

  it("has the same report years and notice", () => {
    expect(edition.reportYears).toEqual(spec.reportYears);
    expect(edition.notice).toEqual({
      docNo: spec.notice.docNo,
      title: spec.notice.title,
      formatTitle: spec.notice.formatTitle,
    });
  });

  it("has the same six sections, headings and tables", () => {
    expect(edition.sections.map((section) => [section.id, section.number, section.label, [...section.tables]])).toEqual(
      spec.sections.map((section) => [section.id, section.number, section.label, section.tables ?? []]),
    );
  });

  it("has the same tables with the same ids and exact labels", () => {
    expect(edition.tables.map((table) => table.id)).toEqual(
      // the registry lists tables in print order: section 二's tables, then 三, then 四
      [...spec.tables].sort((a, b) => spec.tables.indexOf(a) - spec.tables.indexOf(b)).map((table) => table.id),
    );
    for (const specTable of spec.tables) {
      const table = getTable(edition, specTable.id);
      expect(table.title, specTable.id).toBe(specTable.label);
      expect(table.sectionId, specTable.id).toBe(specTable.sectionId);
      expect(table.rowHeaderLabel, specTable.id).toBe(specTable.rowHeaderLabel);
      expect(table.cornerNote, specTable.id).toBe(specTable.cornerNote);
      expect(table.regulationRef, specTable.id).toBe(specTable.regulationRef);
      expect(
        table.columns.map((column) => [column.id, column.label, column.kind, column.unit, column.unitPrinted, [...column.groupPath]]),
        specTable.id,
      ).toEqual(
        specTable.columns.map((column) => [
          column.id,
          column.label,
          column.kind,
          column.unit ?? null,
          column.unitPrinted ?? false,
          column.groupPath ?? [],
        ]),
      );
      expect(
        table.rows.map((row) => [row.id, row.label, row.parent ?? null, row.hasCells]),
        specTable.id,
      ).toEqual(specTable.rows.map((row) => [row.id, row.label, row.parent ?? null, row.hasCells ?? true]));
    }
  });
});

describe("edition registry", () => {
  it("picks the edition the format requires for each report year", () => {
    expect(editionForYear(2018)).toBeUndefined();
    expect(editionForYear(2019)?.id).toBe("2019");
    expect(editionForYear(2020)?.id).toBe("2019");
    expect(editionForYear(2021)?.id).toBe("2021");
    expect(editionForYear(2030)?.id).toBe("2021");
  });

  it("knows the result rows whose sum is （七）总计: 19 leaves in 2019, 21 in 2021", () => {
    const leaves2019 = resultLeafRows(getTable(getEdition("2019"), "applications")).map((row) => row.id);
    const leaves2021 = resultLeafRows(getTable(getEdition("2021"), "applications")).map((row) => row.id);
    expect(leaves2019).toHaveLength(19);
    expect(leaves2019).toContain("otherHandling");
    expect(leaves2021).toHaveLength(21);
    expect(leaves2021).toEqual(expect.arrayContaining(["otherNoCorrection", "otherFeeNotPaid", "otherOther"]));
    expect(leaves2021).not.toContain("otherHandling");
    expect(leaves2021).not.toContain("resultsTotal");
  });

  it("derives the merged header cells of table three as the official table prints them", () => {
    const grid = headerGrid(getTable(getEdition("2021"), "applications"));
    expect(grid).toHaveLength(3);
    expect(grid[0]).toEqual([
      expect.objectContaining({ role: "corner", colspan: 3, rowspan: 3 }),
      expect.objectContaining({ text: "申请人情况", colspan: 7, rowspan: 1 }),
    ]);
    expect(grid[1]!.map((cell) => [cell.text, cell.colspan, cell.rowspan])).toEqual([
      ["自然人", 1, 2],
      ["法人或其他组织", 5, 1],
      ["总计", 1, 2],
    ]);
    expect(grid[2]!.map((cell) => cell.text)).toEqual(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]);
  });

  it("derives the header of table four: 行政复议 over 5, 行政诉讼 over 10 split in two", () => {
    const table = getTable(getEdition("2019"), "reviewAndLitigation");
    expect(headerRowCount(table)).toBe(3);
    const grid = headerGrid(table);
    expect(grid[0]!.map((cell) => [cell.text, cell.colspan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(grid[1]!.filter((cell) => cell.role === "group").map((cell) => [cell.text, cell.colspan])).toEqual([
      ["未经复议直接起诉", 5],
      ["复议后起诉", 5],
    ]);
    expect(grid[1]!.filter((cell) => cell.role === "column").every((cell) => cell.rowspan === 2)).toBe(true);
    expect(grid[2]).toHaveLength(10);
  });

  it("gives section 二 tables a single header row under 信息内容", () => {
    const grid = headerGrid(getTable(getEdition("2021"), "regulationsAndNormativeDocuments"));
    expect(grid).toHaveLength(1);
    expect(grid[0]!.map((cell) => cell.text)).toEqual(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]);
  });
});

describe("short labels for narrow outputs", () => {
  it("gives table three's long applicant columns and table four's outcomes a shorter label", () => {
    for (const edition of editions) {
      const applications = getTable(edition, "applications");
      expect(applications.columns.filter((column) => column.shortLabel !== undefined).map((column) => column.shortLabel)).toEqual([
        "商业",
        "科研",
        "公益",
        "法律",
      ]);
      const review = getTable(edition, "reviewAndLitigation");
      expect(review.columns.filter((column) => column.shortLabel !== undefined)).toHaveLength(12);
      for (const column of [...applications.columns, ...review.columns]) {
        if (column.shortLabel !== undefined) expect(column.shortLabel.length).toBeLessThan(column.label.length);
      }
    }
  });
});
