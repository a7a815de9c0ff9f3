import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildRenderModel, cellsOf, type TableBlock } from "@xxgk/render-model";
import { getEdition, getTable, type Report } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { tableCells } from "../test/cells.js";
import { testReports } from "@xxgk/testing/node";
import { NO_LINE_END, NO_LINE_START } from "./linebreak.js";
import { renderText } from "./render.js";
import { renderTable } from "./table.js";
import { stringWidth } from "./width.js";

const goldenDir = resolve(import.meta.dirname, "../test/fixtures/golden");
const update = process.env.UPDATE_GOLDEN === "1";
const reports = testReports();
const widths = [60, 80, 100, 120] as const;
const example = reports[0]!.report;

function tables(report: Report): TableBlock[] {
  return buildRenderModel(report).blocks.filter((block): block is TableBlock => block.kind === "table");
}

/** Every official label of the report's edition: part headings, table titles, rows, columns, groups, notes. */
function officialLabels(report: Report): string[] {
  const edition = getEdition(report.edition);
  const labels = edition.sections.map((section) => section.label);
  for (const section of edition.sections) {
    for (const tableId of section.tables) {
      const table = getTable(edition, tableId);
      if (section.id === "activeDisclosure") labels.push(table.title);
      if (table.rowHeaderLabel !== undefined) labels.push(table.rowHeaderLabel);
      if (table.cornerNote !== undefined) labels.push(table.cornerNote);
      for (const row of table.rows) if (row.label !== null) labels.push(row.label);
      for (const column of table.columns) labels.push(column.label, ...column.groupPath);
    }
  }
  return [...new Set(labels)];
}

describe("renderText goldens", () => {
  const cases = [
    ...reports.map((entry) => ({ file: `${entry.name}.txt`, report: entry.report, width: 100 })),
    ...[60, 80, 120].map((width) => ({ file: `${reports[0]!.name}.w${width}.txt`, report: example, width })),
  ];
  it.each(cases.map((entry) => [entry.file, entry] as const))("%s", (file, entry) => {
    const text = renderText(entry.report, { width: entry.width });
    const path = join(goldenDir, file);
    if (update || !existsSync(path)) {
      if (!update) throw new Error(`golden ${file} is missing: run the tests with UPDATE_GOLDEN=1`);
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, text);
    }
    expect(text).toBe(readFileSync(path, "utf8"));
  });
});

describe.each(widths)("renderText at width %i", (width) => {
  it.each(reports.map((entry) => [entry.name, entry.report] as const))("%s: fits, prints every label and number", (_name, report) => {
    const text = renderText(report, { width });
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.split("\n");
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(width);

    const cells = tableCells(text);
    const models = tables(report);
    expect(cells).toHaveLength(models.length);
    const allCells = new Set(cells.flat());
    const outsideTables = lines.filter((line) => !/^[┌│├└]/.test(line)).join("\n");
    for (const label of officialLabels(report)) {
      expect(allCells.has(label) || outsideTables.includes(label), label).toBe(true);
    }
    models.forEach((model, index) => {
      const printed = cells[index]!;
      for (const cell of cellsOf(model)) {
        if (cell.kind === "number") expect(printed, `${cell.tableId}.${cell.rowId}.${cell.columnId}`).toContain(cell.text);
      }
      const values = cellsOf(model).filter((cell) => cell.role === "value");
      const blanks = values.filter((cell) => cell.kind === "blank").length;
      const layout = renderTable(model, width).layout;
      if (layout === "official" || layout === "transposed" || layout === "wrapped") {
        // Every grid cell is read back; blank value cells are printed empty, never as 0.
        expect(printed.filter((text) => text === "").length).toBeGreaterThanOrEqual(blanks);
      }
    });
  });

  it("draws every table line with the same display width", () => {
    for (const { report } of reports) {
      for (const model of tables(report)) {
        const grid = renderTable(model, width).lines.filter((line) => /^[┌│├└]/.test(line));
        const lineWidths = new Set(grid.map(stringWidth));
        expect(lineWidths.size, model.id).toBe(1);
      }
    }
  });

  it("wraps the narrative by the Chinese rules and keeps every paragraph", () => {
    for (const { report } of reports) {
      const model = buildRenderModel(report);
      const text = renderText(model, { width });
      const prose = text.split("\n").filter((line) => line !== "" && !/^[┌│├└]/.test(line));
      for (const line of prose) {
        expect(NO_LINE_END.has(line.at(-1)!), line).toBe(false);
        expect(NO_LINE_START.has(line.trimStart()[0] ?? ""), line).toBe(false);
      }
      const joined = prose.join("").replace(/\s/g, "");
      for (const block of model.blocks) {
        if (block.kind === "paragraph") expect(joined).toContain(((block.runIn?.text ?? "") + block.text).replace(/\s/g, ""));
      }
    }
  });
});

describe("renderText", () => {
  it("keeps the wide table three within the width: short labels with a legend, wrapped labels, vertical group label", () => {
    const three = tables(example).find((model) => model.id === "applications")!;
    expect(renderTable(three, 100).layout).toBe("short");
    expect(renderTable(three, 120).layout).toBe("short");
    const at60 = renderTable(three, 60);
    expect(["short", "compact"]).toContain(at60.layout);
    const text = at60.lines.join("\n");
    expect(text).toContain("商业 = 商业企业");
    // 三、本年度办理结果 is printed vertically: one character per line.
    expect(at60.lines.filter((line) => /^│ ?三 ?│/.test(line))).toHaveLength(1);
  });

  it("transposes table four (15 narrow columns) rather than abbreviating it", () => {
    const four = tables(example).find((model) => model.id === "reviewAndLitigation")!;
    for (const width of widths) expect(renderTable(four, width).layout).toBe("transposed");
  });

  it("is deterministic and renders a model like the report it came from", () => {
    for (const { report } of reports) {
      expect(renderText(report)).toBe(renderText(report));
      expect(renderText(buildRenderModel(report))).toBe(renderText(report));
    }
  });

  it("prints the signature right-aligned with the date written the Chinese way", () => {
    const lines = renderText(example, { width: 80 }).trimEnd().split("\n");
    expect(lines.at(-1)).toBe(" ".repeat(80 - stringWidth("2021年1月29日")) + "2021年1月29日");
    expect(lines.at(-2)!.trimStart()).toBe("淄博市张店区机关事务服务中心");
  });

  it("prints blank cells empty and derived totals only when asked", () => {
    const report = structuredClone(example);
    report.tables.applications!.newReceived = { naturalPerson: 7, commercialEnterprise: 0, researchInstitution: 0, publicWelfareOrganization: 0, legalServiceInstitution: 0, otherOrganization: 0, total: null };
    const plain = tableCells(renderText(report))[1]!;
    const derived = tableCells(renderText(report, { deriveTotals: true }))[1]!;
    expect(plain.filter((text) => text === "7")).toHaveLength(1);
    expect(derived.filter((text) => text === "7")).toHaveLength(2);
  });

  it("rejects a width below 40", () => {
    expect(() => renderText(example, { width: 39 })).toThrow(RangeError);
    expect(() => renderText(example, { width: 80.5 })).toThrow(RangeError);
  });
});
