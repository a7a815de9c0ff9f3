/**
 * t3-split-cell-hint — an import diagnostic. When a sum identity of table three or four fails and
 * joining two adjacent single-digit cells of a row involved (e.g. `1` `2` → `12`, the other cell
 * becoming 0) makes that identity and every other identity reading those two cells hold, the numbers were probably
 * split across two cells by PDF/OCR extraction rather than wrong in the report.
 */
import { cachedCellLabel, findTable } from "../../editions/registry.js";
import type { ColumnDefinition, EditionDefinition, TableDefinition } from "../../editions/types.js";
import { cellGrid, cellLayout } from "../cell-grid.js";
import { perDefinition } from "../report-cache.js";
import type { Rule } from "../types.js";
import { columnLabel, compiledIdentities, identityValues, type CompiledIdentity } from "./identities.js";

/** Whether an identity holds over counts by position; `null` when any input is blank. */
function holds(identity: CompiledIdentity, counts: readonly (number | null)[]): boolean | null {
  let left = 0;
  let right = 0;
  for (const position of identity.left) {
    const value = counts[position] ?? null;
    if (value === null) return null;
    left += value;
  }
  for (const position of identity.right) {
    const value = counts[position] ?? null;
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
  /** Positions of the two cells in the cell grid. */
  readonly leftPosition: number;
  readonly rightPosition: number;
}

/** Where a cell sits: its table and the pairs it can be joined in, left pair first. */
interface CellPlace {
  readonly table: TableDefinition | undefined;
  /** The pair with the column before, then the pair with the column after (those that exist). */
  readonly pairs: readonly AdjacentPair[];
}

/** For each cell of an edition's grid (by position): where it sits. Built once per edition. */
const neighbours = perDefinition((edition: EditionDefinition) => {
  const layout = cellLayout(edition);
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
        leftPosition: layout.position(cell.tableId, cell.rowId, leftColumn.id),
        rightPosition: layout.position(cell.tableId, cell.rowId, rightColumn.id),
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
    const identities = compiledIdentities(context.edition).all;
    const sides = identityValues(context);
    let anyKnown = false;
    let anyFailing = false;
    for (const values of sides) {
      if (values === null) continue;
      anyKnown = true;
      if (values.left !== values.right) anyFailing = true;
    }
    if (!anyKnown) {
      context.skip({
        zh: "表三、表四的勾稽关系都有空白单元格，无法判断拆格",
        en: "every identity of tables 3 and 4 has blank cells; split cells cannot be judged",
      });
      return;
    }
    context.checked();
    if (!anyFailing) return;
    // Some identity fails: try joining adjacent digits. Rare, so this part favours clarity.
    const layout = cellLayout(context.edition);
    const counts = cellGrid(context).values.map((value) => (typeof value === "number" ? value : null));
    const before = sides.map((values) => (values === null ? null : values.left === values.right));
    const places = neighbours(context.edition);
    /** Pairs already reported, as `left cell position * size + position of the cell joined into`. */
    const reported = new Set<number>();
    identities.forEach((compiled, index) => {
      if (before[index] !== false) return;
      // the identity's cells, left then right, by position
      for (const cellPosition of compiled.cells) {
        const cell = layout.cells[cellPosition]!;
        const { table, pairs } = places[cellPosition]!;
        if (table === undefined) continue;
        for (const { leftColumn, rightColumn, leftPosition, rightPosition } of pairs) {
          const a = counts[leftPosition] ?? null;
          if (!isDigit(a) || a === 0) continue;
          const b = counts[rightPosition] ?? null;
          if (!isDigit(b)) continue;
          const joined = a * 10 + b;
          for (const [intoColumn, intoPosition, otherPosition] of [
            [leftColumn, leftPosition, rightPosition],
            [rightColumn, rightPosition, leftPosition],
          ] as const) {
            const pairKey = leftPosition * layout.size + intoPosition;
            if (reported.has(pairKey)) continue;
            // the counts with the join made, in place (undone below)
            counts[intoPosition] = joined;
            counts[otherPosition] = 0;
            let touched: CompiledIdentity[] | undefined;
            if (holds(compiled, counts) === true) {
              // Every identity that reads one of the two cells must hold after the join.
              touched = identities.filter((candidate) =>
                candidate.cells.some((member) => member === leftPosition || member === rightPosition),
              );
              if (touched.some((candidate) => holds(candidate, counts) === false)) touched = undefined;
            }
            counts[leftPosition] = a;
            counts[rightPosition] = b;
            if (touched === undefined) continue;
            const repaired = touched.filter((candidate) => before[candidate.index] === false);
            reported.add(pairKey);
            const rowLabel = cachedCellLabel(table, cell.rowId);
            const leftLabel = columnLabel(table, leftColumn.id);
            const rightLabel = columnLabel(table, rightColumn.id);
            const intoLabel = columnLabel(table, intoColumn.id);
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
