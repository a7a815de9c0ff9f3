/**
 * t3-split-cell-hint — an import diagnostic. When a sum identity of table three or four fails and
 * joining two adjacent single-digit cells of a row involved (e.g. `1` `2` → `12`, the other cell
 * becoming 0) makes that identity and every other identity reading those two cells hold, the numbers were probably
 * split across two cells by PDF/OCR extraction rather than wrong in the report.
 */
import { cellLabel, findTable } from "../../editions/registry.js";
import type { EditionDefinition } from "../../editions/types.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { columnLabel, evaluateAt, identityCells, identityCounts, type CompiledIdentity } from "./identities.js";

function holds(identity: CompiledIdentity, values: readonly (number | null)[]): boolean | null {
  const sides = evaluateAt(identity, values);
  return sides === null ? null : sides.left === sides.right;
}

function isDigit(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 9;
}

/** Where a cell of the identities sits in its table: its column's index (-1 when unknown). */
interface CellPlace {
  readonly columnIndex: number;
}

/** For each identity cell of an edition (by position): where its column sits. Built once per edition. */
const neighbours = perDefinition((edition: EditionDefinition) => {
  const layout = identityCells(edition);
  return layout.cells.map((cell): CellPlace => {
    const table = findTable(edition, cell.tableId);
    return { columnIndex: table === undefined ? -1 : table.columns.findIndex((column) => column.id === cell.columnId) };
  });
});

export const t3SplitCellHint: Rule = {
  id: "t3-split-cell-hint",
  kind: "arithmetic",
  severity: "info",
  title: {
    zh: "勾稽不符时提示可能的拆格（两个相邻的一位数实为一个数）",
    en: "When an identity fails, hint at a likely split cell (two adjacent digits that are one number)",
  },
  check(context) {
    const layout = identityCells(context.edition);
    const identities = layout.identities;
    const counts = identityCounts(context);
    const before = identities.map((identity) => holds(identity, counts));
    if (before.every((result) => result === null)) {
      context.skip({
        zh: "表三、表四的勾稽关系都有空白单元格，无法判断拆格",
        en: "every identity of tables 3 and 4 has blank cells; split cells cannot be judged",
      });
      return;
    }
    context.checked();
    if (!before.includes(false)) return;
    // Some identity fails: try joining adjacent digits. Rare, so this part favours clarity.
    const places = neighbours(context.edition);
    const reported = new Set<string>();
    identities.forEach((compiled, index) => {
      if (before[index] !== false) return;
      const identity = compiled.identity;
      [...identity.left, ...identity.right].forEach((cell, cellIndex) => {
        const table = findTable(context.edition, cell.tableId);
        if (table === undefined) return;
        const position = places[compiled.cells[cellIndex]!]!.columnIndex;
        if (position === -1) return;
        for (const start of [position - 1, position]) {
          const leftColumn = table.columns[start];
          const rightColumn = table.columns[start + 1];
          if (leftColumn === undefined || rightColumn === undefined) continue;
          const leftCell = { tableId: cell.tableId, rowId: cell.rowId, columnId: leftColumn.id };
          const rightCell = { tableId: cell.tableId, rowId: cell.rowId, columnId: rightColumn.id };
          const a = context.count(leftCell.tableId, leftCell.rowId, leftCell.columnId);
          const b = context.count(rightCell.tableId, rightCell.rowId, rightCell.columnId);
          if (!isDigit(a) || !isDigit(b) || a === 0) continue;
          const joined = a * 10 + b;
          // positions of the two cells among the identity cells (-1: no identity reads it)
          const leftPosition = positionOf(layout.cells, leftCell);
          const rightPosition = positionOf(layout.cells, rightCell);
          for (const [into, intoPosition, otherPosition] of [
            [leftCell, leftPosition, rightPosition],
            [rightCell, rightPosition, leftPosition],
          ] as const) {
            const pairKey = `${leftCell.tableId}.${leftCell.rowId}.${leftCell.columnId}|${into.tableId}.${into.rowId}.${into.columnId}`;
            if (reported.has(pairKey)) continue;
            const joinedCounts = counts.slice();
            if (intoPosition !== -1) joinedCounts[intoPosition] = joined;
            if (otherPosition !== -1) joinedCounts[otherPosition] = 0;
            if (holds(compiled, joinedCounts) !== true) continue;
            // Every identity that reads one of the two cells must hold after the join.
            const touched = identities.filter((candidate) =>
              candidate.cells.some((member) => member === leftPosition || member === rightPosition),
            );
            if (touched.some((candidate) => holds(candidate, joinedCounts) === false)) continue;
            const repaired = touched.filter((candidate) => before[identities.indexOf(candidate)] === false);
            reported.add(pairKey);
            const rowLabel = cellLabel(table, cell.rowId);
            const leftLabel = columnLabel(table, leftColumn.id);
            const rightLabel = columnLabel(table, rightColumn.id);
            const intoLabel = columnLabel(table, into.columnId);
            context.flag({
              path: ["tables", cell.tableId, cell.rowId, leftColumn.id],
              expected: joined,
              actual: `${a} ${b}`,
              message: {
                zh: `“${rowLabel}”行相邻两格“${leftLabel}” ${a} 与“${rightLabel}” ${b} 可能是一个数 ${joined} 被拆成两格（PDF/OCR 拆格）：把 ${joined} 计入“${intoLabel}”、另一格计 0，以下勾稽关系均成立：${repaired.map((item) => item.identity.name.zh).join("；")}。请对照原件核实。`,
                en: `row "${rowLabel}": adjacent cells "${leftLabel}" ${a} and "${rightLabel}" ${b} may be one number ${joined} split in two (PDF/OCR artefact): with ${joined} in "${intoLabel}" and 0 in the other, these identities hold: ${repaired.map((item) => item.identity.name.en).join("; ")}. Check against the original.`,
              },
            });
          }
        }
      });
    });
  },
};

/** The position of `cell` among the identity cells, or -1. */
function positionOf(cells: readonly { readonly tableId: string; readonly rowId: string; readonly columnId: string }[], cell: { tableId: string; rowId: string; columnId: string }): number {
  return cells.findIndex((candidate) => candidate.tableId === cell.tableId && candidate.rowId === cell.rowId && candidate.columnId === cell.columnId);
}
