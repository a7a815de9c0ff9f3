import { buildRenderModel, type TableBlock } from "@xxgk/render-model";
import { describe, expect, it } from "vitest";
import { testReports } from "@xxgk/testing/node";
import { loadFonts } from "./fonts.js";
import { measurerFor } from "./measure.js";
import { chunkTable, layoutTable, tableHeight } from "./table.js";
import { CONTENT_HEIGHT, CONTENT_WIDTH } from "./typography.js";

const reports = testReports();
const fonts = await loadFonts();
const measure = measurerFor(fonts.serif);

function tables(): { name: string; table: TableBlock }[] {
  return reports.flatMap(({ name, report }) =>
    buildRenderModel(report)
      .blocks.filter((block): block is TableBlock => block.kind === "table")
      .map((table) => ({ name: `${name}/${table.id}`, table })),
  );
}

describe("layoutTable", () => {
  for (const { name, table } of tables()) {
    it(`${name}: every grid cell is placed once, spans resolved, lines joined give the cell text`, () => {
      const layout = layoutTable(table, CONTENT_WIDTH, measure);
      expect(layout.cells).toHaveLength(table.rows.reduce((sum, row) => sum + row.cells.length, 0));
      expect(layout.columnWidths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(CONTENT_WIDTH, 6);
      // Boxes tile the table: the area of the boxes is the area of the table.
      const area = layout.cells.reduce((sum, box) => sum + box.width * box.height, 0);
      expect(area).toBeCloseTo(CONTENT_WIDTH * tableHeight(layout), 3);
      for (const box of layout.cells) {
        expect(box.lines.join("")).toBe(box.cell.text);
        if (box.cell.vertical) expect(box.lines).toEqual([...box.cell.text]);
        // The set lines fit the cell.
        for (const width of box.lineWidths) expect(width).toBeLessThanOrEqual(box.width);
        expect(box.lines.length * box.lineHeight).toBeLessThanOrEqual(box.height + 0.01);
        if (box.cell.kind === "blank") expect(box.lines).toEqual([]);
      }
    });

    it(`${name}: fits one page`, () => {
      const layout = layoutTable(table, CONTENT_WIDTH, measure);
      expect(chunkTable(layout, CONTENT_HEIGHT)).toHaveLength(1);
    });
  }
});

describe("chunkTable", () => {
  const applications = tables().find(({ table }) => table.id === "applications")!.table;
  const layout = layoutTable(applications, CONTENT_WIDTH, measure);

  it("cuts a table taller than the page, repeating the header rows in every later chunk", () => {
    const height = tableHeight(layout) / 2.5;
    const chunks = chunkTable(layout, height);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect(chunks[0]!.from).toBe(0);
    expect(chunks.at(-1)!.to).toBe(layout.rowHeights.length);
    const headerTexts = layout.cells.filter((box) => box.cell.row < layout.headerRowCount).map((box) => box.cell.text);
    chunks.forEach((chunk, index) => {
      if (index > 0) {
        expect(chunk.from).toBe(chunks[index - 1]!.to);
        expect(chunk.repeatsHeader).toBe(true);
        for (const text of headerTexts) expect(chunk.cells.map((box) => box.cell.text)).toContain(text);
      }
      expect(chunk.height).toBeLessThanOrEqual(height + 0.01);
      for (const box of chunk.cells) expect(box.y + box.height).toBeLessThanOrEqual(chunk.height + 0.01);
    });
    // Every data cell is printed in some chunk.
    const printed = new Set(chunks.flatMap((chunk) => chunk.cells.map((box) => box.cell)));
    for (const box of layout.cells) expect(printed.has(box.cell)).toBe(true);
  });

  it("fills the room left on the first page", () => {
    const total = tableHeight(layout);
    const chunks = chunkTable(layout, total - 1, total / 3);
    expect(chunks[0]!.height).toBeLessThanOrEqual(total / 3 + 0.01);
    expect(chunks.length).toBe(2);
  });
});
