/**
 * The tables as printed: each DOM table's visual grid (from rowspan/colspan) equals the model's
 * grid cell by cell; every official label of the edition and every number of the report appears.
 */
import { buildRenderModel, cellsOf, type RenderModel, type TableBlock } from "@xxgk/render-model";
import { getEdition, type TableDefinition } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { renderHtmlFragment } from "../src/index.js";
import { attr, elements, parseHtmlFragment, tableGrid, textContent, visibleText, type DomElement } from "./dom.js";

function domTables(html: string): Map<string, DomElement> {
  const tables = elements(parseHtmlFragment(html)).filter((element) => element.tagName === "table");
  return new Map(tables.map((table) => [attr(table, "data-table") ?? "", table]));
}

function tableBlocks(model: RenderModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === "table");
}

/** Every label of the tables: titles, row-header labels, corner notes, groups, columns, rows. */
function editionLabels(editionTables: readonly TableDefinition[]): string[] {
  const labels = new Set<string>();
  for (const table of editionTables) {
    labels.add(table.title);
    if (table.rowHeaderLabel !== undefined) labels.add(table.rowHeaderLabel);
    if (table.cornerNote !== undefined) labels.add(table.cornerNote);
    for (const column of table.columns) {
      labels.add(column.label);
      for (const group of column.groupPath) labels.add(group);
    }
    for (const row of table.rows) if (row.label !== null) labels.add(row.label);
  }
  return [...labels].sort();
}

describe.each([exampleReport(), ...fixtureReports()])("tables of $name", ({ report }) => {
  const model = buildRenderModel(report);
  const html = renderHtmlFragment(report);
  const tables = domTables(html);

  it("prints one <table> per model table, with a caption", () => {
    expect([...tables.keys()]).toEqual(tableBlocks(model).map((table) => table.id));
    for (const [id, table] of tables) {
      const caption = elements(table).find((element) => element.tagName === "caption");
      expect(caption, id).toBeDefined();
      expect(textContent(caption!)).toBe(tableBlocks(model).find((block) => block.id === id)!.caption);
    }
  });

  it("each cell sits at the model's row and column, with its spans, element and scope", () => {
    for (const block of tableBlocks(model)) {
      const grid = tableGrid(tables.get(block.id)!);
      expect(grid.rowCount).toBe(block.rowCount);
      expect(grid.columnCount).toBe(block.columnCount);
      const actual = grid.cells.map((cell) => ({
        row: cell.row,
        col: cell.col,
        rowspan: cell.rowspan,
        colspan: cell.colspan,
        tag: cell.element.tagName,
        scope: attr(cell.element, "scope"),
        text: visibleText(cell.element),
      }));
      const expected = cellsOf(block).map((cell) => ({
        row: cell.row,
        col: cell.col,
        rowspan: cell.rowspan,
        colspan: cell.colspan,
        tag: cell.kind === "header" || cell.kind === "rowHeader" ? "th" : "td",
        scope: cell.kind === "header" || cell.kind === "rowHeader" ? cell.scope : null,
        text: cell.kind === "blank" ? "" : cell.text,
      }));
      expect(actual).toEqual(expected);
    }
  });

  it("prints every official label of the edition, in a cell or the caption", () => {
    const printed = new Set(
      [...tables.values()].flatMap((table) =>
        elements(table)
          .filter((element) => ["th", "td", "caption"].includes(element.tagName))
          // The caption is visually hidden (the heading above the table shows the same words).
          .map((element) => (element.tagName === "caption" ? textContent(element) : visibleText(element))),
      ),
    );
    const shown = new Set(tableBlocks(model).flatMap((block) => block.tableIds));
    const edition = getEdition(report.edition);
    const expected = editionLabels(edition.tables.filter((table) => shown.has(table.id)));
    expect(expected.length).toBeGreaterThan(40);
    expect(expected.filter((label) => !printed.has(label))).toEqual([]);
  });

  it("prints every number of the report in its row", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const block of tableBlocks(model)) {
      const grid = tableGrid(tables.get(block.id)!);
      block.rows.forEach((row, rowIndex) => {
        if (row.kind !== "data" || row.rowId === null) return;
        const values = report.tables[row.tableId]?.[row.rowId] ?? {};
        const texts = grid.cells.filter((cell) => cell.row === rowIndex).map((cell) => visibleText(cell.element));
        for (const [columnId, value] of Object.entries(values)) {
          if (value === null || value === undefined) continue;
          checked++;
          const printed = typeof value === "number" ? String(value) : value;
          if (!texts.includes(printed)) missing.push(`${row.tableId}.${row.rowId}.${columnId} = ${printed}`);
        }
      });
    }
    expect(checked).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it("blank cells are visibly empty but read out", () => {
    for (const table of tables.values()) {
      for (const cell of elements(table).filter((element) => element.tagName === "td" && (attr(element, "class") ?? "").includes("xxgk-blank"))) {
        expect(visibleText(cell)).toBe("");
        expect(textContent(cell)).not.toBe("");
      }
    }
  });
});
