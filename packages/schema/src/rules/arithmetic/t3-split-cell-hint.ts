/**
 * t3-split-cell-hint — an import diagnostic. When a sum identity of table three or four fails and
 * joining two adjacent single-digit cells of a row involved (e.g. `1` `2` → `12`, the other cell
 * becoming 0) makes that identity and every other identity reading those two cells hold, the numbers were probably
 * split across two cells by PDF/OCR extraction rather than wrong in the report.
 */
import { cachedCellLabel, findTable } from "../../editions/registry.js";
import type { ColumnDefinition, EditionDefinition, TableDefinition } from "../../editions/types.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { columnLabel, evaluateAt, identityCells, identityCounts, type CompiledIdentity } from "./identities.js";

function holds(identity: CompiledIdentity, values: readonly (number | null)[]): boolean | null {
  const sides = evaluateAt(identity, values);
  return sides === null ? null : sides.left === sides.right;
}

/** {@link holds} without allocating the two sides (the check of every identity on every report). */
function holdsAt(identity: CompiledIdentity, values: readonly (number | null)[]): boolean | null {
  let left = 0;
  let right = 0;
  for (const position of identity.left) {
    const value = values[position] ?? null;
    if (value === null) return null;
    left += value;
  }
  for (const position of identity.right) {
    const value = values[position] ?? null;
    if (value === null) return null;
    right += value;
  }
  return left === right;
}

function isDigit(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 9;
}

/** Two adjacent cells of a row that may hold one number split in two. */
interface AdjacentPair {
  readonly leftColumn: ColumnDefinition;
  readonly rightColumn: ColumnDefinition;
  /** Positions of the two cells among the identity cells (-1: no identity reads it). */
  readonly leftPosition: number;
  readonly rightPosition: number;
}

/** Where a cell of the identities sits: its table and the pairs it can be joined in, left pair first. */
interface CellPlace {
  readonly table: TableDefinition | undefined;
  /** The pair with the column before, then the pair with the column after (those that exist). */
  readonly pairs: readonly AdjacentPair[];
}

/** For each identity cell of an edition (by position): where it sits. Built once per edition. */
const neighbours = perDefinition((edition: EditionDefinition) => {
  const layout = identityCells(edition);
  return layout.cells.map((cell): CellPlace => {
    const table = findTable(edition, cell.tableId);
    if (table === undefined) return { table, pairs: [] };
    const columnIndex = table.columns.findIndex((column) => column.id === cell.columnId);
    if (columnIndex === -1) return { table, pairs: [] };
    const pairs: AdjacentPair[] = [];
    for (const start of [columnIndex - 1, columnIndex]) {
      const leftColumn = table.columns[start];
      const rightColumn = table.columns[start + 1];
      if (leftColumn === undefined || rightColumn === undefined) continue;
      pairs.push({
        leftColumn,
        rightColumn,
        leftPosition: positionOf(layout.cells, { tableId: cell.tableId, rowId: cell.rowId, columnId: leftColumn.id }),
        rightPosition: positionOf(layout.cells, { tableId: cell.tableId, rowId: cell.rowId, columnId: rightColumn.id }),
      });
    }
    return { table, pairs };
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
    const before = identities.map((identity) => holdsAt(identity, counts));
    if (before.every((result) => result === null)) {
      context.skip({
        zh: "表三、表四的勾稽关系都有空白单元格，无法判断拆格",
        en: "every identity of tables 3 and 4 has blank cells; split cells cannot be judged",
      });
      return;
    }
    context.checked();
    if (!before.includes(false)) return;
    // Some identity fails: try joining adjacent digits. Common among imported reports, so the
    // search reads cells by position; finding a join favours clarity.
    const places = neighbours(context.edition);
    const reported = new Set<string>();
    // a count of the report: from the identity counts when an identity reads the cell
    const countAt = (position: number, tableId: string, rowId: string, columnId: string): number | null =>
      position === -1 ? context.count(tableId, rowId, columnId) : (counts[position] ?? null);
    identities.forEach((compiled, index) => {
      if (before[index] !== false) return;
      // the identity's cells, left then right, by position
      for (const cellPosition of compiled.cells) {
        const cell = layout.cells[cellPosition]!;
        const { table, pairs } = places[cellPosition]!;
        if (table === undefined) continue;
        for (const { leftColumn, rightColumn, leftPosition, rightPosition } of pairs) {
          const a = countAt(leftPosition, cell.tableId, cell.rowId, leftColumn.id);
          if (!isDigit(a) || a === 0) continue;
          const b = countAt(rightPosition, cell.tableId, cell.rowId, rightColumn.id);
          if (!isDigit(b)) continue;
          const joined = a * 10 + b;
          const leftCell = { tableId: cell.tableId, rowId: cell.rowId, columnId: leftColumn.id };
          const rightCell = { tableId: cell.tableId, rowId: cell.rowId, columnId: rightColumn.id };
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
            const rowLabel = cachedCellLabel(table, cell.rowId);
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
      }
    });
  },
};

/** The position of `cell` among the identity cells, or -1. */
function positionOf(cells: readonly { readonly tableId: string; readonly rowId: string; readonly columnId: string }[], cell: { tableId: string; rowId: string; columnId: string }): number {
  return cells.findIndex((candidate) => candidate.tableId === cell.tableId && candidate.rowId === cell.rowId && candidate.columnId === cell.columnId);
}
