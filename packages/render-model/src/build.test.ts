import { getEdition, getTable, type Report } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { readReport, examplePath, testReports } from "@xxgk/testing/node";
import { buildRenderModel } from "./build.js";
import { cellsOf, occupancy } from "./grid.js";
import type { GridCell, RenderModel, TableBlock } from "./types.js";

const reports = testReports();
const example = readReport(examplePath);

function table(model: RenderModel, id: string): TableBlock {
  const block = model.blocks.find((candidate): candidate is TableBlock => candidate.kind === "table" && candidate.id === id);
  if (block === undefined) throw new Error(`no table ${id}`);
  return block;
}

function valueCell(block: TableBlock, tableId: string, rowId: string, columnId: string): GridCell {
  const found = cellsOf(block).find(
    (cell) => cell.role === "value" && cell.tableId === tableId && cell.rowId === rowId && cell.columnId === columnId,
  );
  if (found === undefined) throw new Error(`no cell ${tableId}.${rowId}.${columnId}`);
  return found;
}

function labelCell(block: TableBlock, rowId: string): GridCell {
  const found = cellsOf(block).find((cell) => cell.kind === "rowHeader" && cell.rowId === rowId);
  if (found === undefined) throw new Error(`no row label ${rowId}`);
  return found;
}

function withCell(report: Report, tableId: string, rowId: string, columnId: string, value: number | string | null): Report {
  const copy = structuredClone(report);
  const tableData = (copy.tables[tableId] ??= {});
  (tableData[rowId] ??= {})[columnId] = value;
  return copy;
}

describe("buildRenderModel", () => {
  it.each(reports.map((entry) => [entry.name, entry.report] as const))("%s: every grid position is covered exactly once", (_name, report) => {
    const model = buildRenderModel(report);
    const tables = model.blocks.filter((block): block is TableBlock => block.kind === "table");
    expect(tables.map((block) => block.id)).toEqual(["activeDisclosure", "applications", "reviewAndLitigation"]);
    for (const block of tables) {
      const grid = occupancy(block);
      expect(grid.flat().every((index) => index >= 0)).toBe(true);
      expect(block.rows).toHaveLength(block.rowCount);
      expect(block.columns).toHaveLength(block.columnCount);
    }
  });

  it("is plain JSON and deterministic", () => {
    for (const { report } of reports) {
      const model = buildRenderModel(report, { deriveTotals: true });
      expect(JSON.parse(JSON.stringify(model))).toEqual(model);
      expect(buildRenderModel(report, { deriveTotals: true })).toEqual(model);
    }
  });

  it("orders blocks: title, preamble, the six canonical part headings with their content, signature", () => {
    const model = buildRenderModel(example);
    expect(model.blocks[0]).toEqual({ kind: "title", text: "淄博市张店区机关事务服务中心2020年政府信息公开工作年度报告", path: null });
    const headings = model.blocks.filter((block) => block.kind === "heading" && block.level === 1).map((block) => block.kind === "heading" ? block.text : "");
    expect(headings).toEqual(getEdition("2019").sections.map((section) => section.label));
    expect(model.blocks.at(-1)).toEqual({
      kind: "signature",
      organ: "淄博市张店区机关事务服务中心",
      date: "2021-01-29",
      dateText: "2021年1月29日",
      path: ["signature"],
    });
  });

  it("prints the canonical heading even where the report printed another", () => {
    const shuyang = reports.find((entry) => entry.name.startsWith("04-"))!.report;
    const model = buildRenderModel(shuyang);
    const texts = model.blocks.flatMap((block) => (block.kind === "heading" && block.level === 1 ? [block.text] : []));
    expect(texts).toContain("五、存在的主要问题及改进情况");
    expect(model.meta.title).toBe("沭阳县发展和改革局2023年政府信息公开年度报告");
    expect(model.blocks[0]).toMatchObject({ kind: "title", path: ["title"] });
  });

  it("fills the document metadata", () => {
    expect(buildRenderModel(example).meta).toEqual({
      title: "淄博市张店区机关事务服务中心2020年政府信息公开工作年度报告",
      author: "淄博市张店区机关事务服务中心",
      subject: getEdition("2019").notice.formatTitle,
      lang: "zh-CN",
      creationDate: "2021-01-29",
      agency: "淄博市张店区机关事务服务中心",
      reportYear: 2020,
      edition: "2019",
      formatDocNo: getEdition("2019").notice.docNo,
    });
    expect(buildRenderModel(example, { creationDate: "2021-02-01" }).meta.creationDate).toBe("2021-02-01");
    expect(() => buildRenderModel(example, { creationDate: "2021-02-30" })).toThrow(RangeError);
    const shanghai = reports.find((entry) => entry.name.startsWith("01-"))!.report;
    expect(buildRenderModel(shanghai).meta.creationDate).toBe("2020-01-31"); // published date
    const { signature: _signature, ...unsigned } = example;
    expect(buildRenderModel(unsigned).meta.creationDate).toBeNull();
    expect(buildRenderModel(unsigned).blocks.some((block) => block.kind === "signature")).toBe(false);
  });

  it("runs inline sub-part headings into their paragraph and keeps the others as level-2 headings", () => {
    const model = buildRenderModel(example);
    const runIn = model.blocks.filter((block) => block.kind === "paragraph" && block.runIn !== null);
    expect(runIn.map((block) => (block.kind === "paragraph" ? block.runIn?.text : ""))).toContain("（二）依申请公开情况。");
    const first = runIn[0]!;
    expect(first).toMatchObject({ path: ["narrative", "overview", "subsections", 0, "paragraphs", 0] });
    const shanghai = buildRenderModel(reports.find((entry) => entry.name.startsWith("01-"))!.report);
    expect(shanghai.blocks).toContainEqual({
      kind: "heading",
      level: 2,
      text: "（一）主动公开方面",
      sectionId: "overview",
      number: null,
      path: ["narrative", "overview", "subsections", 0, "heading"],
    });
  });

  it("resolves the spans of table three (2019: 三 spans 20 rows; 2021: 22, with （六） over 3)", () => {
    const e19 = table(buildRenderModel(example), "applications");
    expect(labelCell(e19, "results")).toMatchObject({ rowspan: 20, colspan: 1, vertical: true, scope: "rowgroup", col: 0, row: 5 });
    expect(labelCell(e19, "denied")).toMatchObject({ rowspan: 8, vertical: false, scope: "rowgroup", col: 1 });
    expect(labelCell(e19, "unableToProvide")).toMatchObject({ rowspan: 3 });
    expect(labelCell(e19, "notProcessed")).toMatchObject({ rowspan: 5 });
    expect(labelCell(e19, "otherHandling")).toMatchObject({ rowspan: 1, colspan: 2, scope: "row" });
    expect(labelCell(e19, "newReceived")).toMatchObject({ colspan: 3, col: 0, scope: "row", align: "left" });
    expect(labelCell(e19, "deniedStateSecret")).toMatchObject({ colspan: 1, col: 2 });
    expect(e19.headerRowCount).toBe(3);
    const corner = e19.rows[0]!.cells[0]!;
    expect(corner).toMatchObject({ role: "corner", kind: "text", rowspan: 3, colspan: 3, scope: null });
    expect(e19.rows[0]!.cells[1]).toMatchObject({ text: "申请人情况", colspan: 7, scope: "colgroup", col: 3 });
    expect(e19.rows[1]!.cells.map((cell) => [cell.text, cell.col, cell.rowspan, cell.colspan])).toEqual([
      ["自然人", 3, 2, 1],
      ["法人或其他组织", 4, 1, 5],
      ["总计", 9, 2, 1],
    ]);

    const e21 = table(buildRenderModel(reports.find((entry) => entry.name.startsWith("02-"))!.report), "applications");
    expect(labelCell(e21, "results")).toMatchObject({ rowspan: 22, vertical: true });
    expect(labelCell(e21, "otherHandling")).toMatchObject({ rowspan: 3, scope: "rowgroup", col: 1 });
    expect(labelCell(e21, "otherFeeNotPaid")).toMatchObject({ col: 2, colspan: 1 });
  });

  it("resolves the header of table four", () => {
    const four = table(buildRenderModel(example), "reviewAndLitigation");
    expect(four.headerRowCount).toBe(3);
    expect(four.rows[0]!.cells.map((cell) => [cell.text, cell.colspan])).toEqual([
      ["行政复议", 5],
      ["行政诉讼", 10],
    ]);
    expect(four.rows[1]!.cells[0]).toMatchObject({ text: "结果维持", rowspan: 2, shortText: "维持" });
    expect(four.rows[3]!.cells).toHaveLength(15);
    expect(four.legend).toEqual([
      { short: "维持", full: "结果维持" },
      { short: "纠正", full: "结果纠正" },
      { short: "其他", full: "其他结果" },
      { short: "未结", full: "尚未审结" },
    ]);
  });

  it("puts part 二 in one 4-column grid: title row, header row, data rows per table", () => {
    const e19 = table(buildRenderModel(example), "activeDisclosure");
    expect(e19.columnCount).toBe(4);
    expect(e19.tableIds).toEqual(getEdition("2019").sections[1]!.tables);
    expect(e19.rows.map((row) => row.kind).slice(0, 5)).toEqual(["title", "header", "data", "data", "title"]);
    expect(e19.rows[0]!.cells[0]).toMatchObject({ text: "第二十条第（一）项", colspan: 4, kind: "header", role: "title" });
    expect(e19.rows[1]!.cells[0]).toMatchObject({ text: "信息内容", kind: "header", scope: "col" });
    // 2019 two-value tables merge the last value over the remaining columns.
    expect(valueCell(e19, "administrativeFees", "administrativeFees", "changeThisYear")).toMatchObject({ col: 2, colspan: 2 });
    expect(valueCell(e19, "centralizedProcurement", "governmentCentralizedProcurement", "totalAmount")).toMatchObject({
      text: "909.76万元",
      kind: "number",
      value: 909.76,
      unit: "万元",
      colspan: 2,
    });
    const e21 = table(buildRenderModel(reports.find((entry) => entry.name.startsWith("02-"))!.report), "activeDisclosure");
    expect(valueCell(e21, "licensing", "administrativeLicensing", "decisions")).toMatchObject({ text: "447228", colspan: 3, col: 1 });
    expect(valueCell(e21, "administrativeFees", "administrativeFees", "amount")).toMatchObject({
      text: "96171.6",
      value: 96171.6,
      unit: "万元",
      valueKind: "amount",
    });
    const feeHeader = cellsOf(e21).find((cell) => cell.role === "column" && cell.columnId === "amount");
    expect(feeHeader).toMatchObject({ text: "本年收费金额（单位：万元）", colspan: 3 });
  });

  it("keeps blank cells blank and prints signed counts with a minus sign", () => {
    const pingtan = table(buildRenderModel(reports.find((entry) => entry.name.startsWith("05-"))!.report), "activeDisclosure");
    expect(valueCell(pingtan, "licensing", "administrativeLicensing", "changeThisYear")).toMatchObject({
      kind: "blank",
      text: "",
      value: null,
      align: "right",
      path: ["tables", "licensing", "administrativeLicensing", "changeThisYear"],
      derived: false,
    });
    expect(valueCell(pingtan, "administrativeFees", "administrativeFees", "changeThisYear")).toMatchObject({
      kind: "number",
      text: "-15",
      value: -15,
      valueKind: "signedCount",
    });
    const missing = structuredClone(example);
    delete missing.tables.reviewAndLitigation;
    const four = table(buildRenderModel(missing), "reviewAndLitigation");
    expect(four.rows[3]!.cells.every((cell) => cell.kind === "blank" && cell.text === "")).toBe(true);
  });

  it("fills derivable blank totals only when asked, and marks them derived", () => {
    let report = withCell(example, "applications", "newReceived", "naturalPerson", 3);
    report = withCell(report, "applications", "newReceived", "total", null);
    const plain = table(buildRenderModel(report), "applications");
    expect(valueCell(plain, "applications", "newReceived", "total")).toMatchObject({ kind: "blank", text: "", derived: false });
    const derived = table(buildRenderModel(report, { deriveTotals: true }), "applications");
    expect(valueCell(derived, "applications", "newReceived", "total")).toMatchObject({ kind: "number", text: "3", value: 3, derived: true });
    expect(valueCell(derived, "applications", "newReceived", "naturalPerson").derived).toBe(false);
  });

  it("prints every label of the edition's tables, exactly", () => {
    for (const { report } of reports) {
      const model = buildRenderModel(report);
      const texts = new Set(
        model.blocks.flatMap((block) => (block.kind === "table" ? cellsOf(block).map((cell) => cell.text) : [])),
      );
      const edition = getEdition(report.edition);
      for (const section of edition.sections) {
        for (const tableId of section.tables) {
          const definition = getTable(edition, tableId);
          for (const row of definition.rows) if (row.label !== null) expect(texts).toContain(row.label);
          for (const column of definition.columns) {
            expect(texts).toContain(column.label);
            for (const group of column.groupPath) expect(texts).toContain(group);
          }
          if (definition.cornerNote !== undefined) expect(texts).toContain(definition.cornerNote);
        }
      }
    }
  });
});
