/**
 * t3-split-cell-hint — an import diagnostic. When a sum identity of table three or four fails and
 * joining two adjacent single-digit cells of a row involved (e.g. `1` `2` → `12`, the other cell
 * becoming 0) makes that identity and every other identity reading those two cells hold, the numbers were probably
 * split across two cells by PDF/OCR extraction rather than wrong in the report.
 */
import { cellLabel, findTable } from "../../editions/registry.js";
import type { Rule } from "../types.js";
import { allIdentities, columnLabel, evaluate, type CellRef, type CountLookup, type SumIdentity } from "./identities.js";

function key(cell: CellRef): string {
  return `${cell.tableId}.${cell.rowId}.${cell.columnId}`;
}

function holds(identity: SumIdentity, lookup: CountLookup): boolean | null {
  const values = evaluate(identity, lookup);
  return values === null ? null : values.left === values.right;
}

function isDigit(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 9;
}

export const t3SplitCellHint: Rule = {
  id: "t3-split-cell-hint",
  kind: "arithmetic",
  severity: "info",
  title: {
    zh: "勾稽不符时提示可能的拆格（两个相邻的一位数实为一个数）",
    en: "When an identity fails, hint at a likely split cell (two adjacent digits that are one number)",
  },
  check(context) {
    const identities = allIdentities(context.edition);
    const lookup: CountLookup = (cell) => context.count(cell.tableId, cell.rowId, cell.columnId);
    const before = identities.map((identity) => holds(identity, lookup));
    if (before.every((result) => result === null)) {
      context.skip({
        zh: "表三、表四的勾稽关系都有空白单元格，无法判断拆格",
        en: "every identity of tables 3 and 4 has blank cells; split cells cannot be judged",
      });
      return;
    }
    context.checked();
    const reported = new Set<string>();
    identities.forEach((identity, index) => {
      if (before[index] !== false) return;
      for (const cell of [...identity.left, ...identity.right]) {
        const table = findTable(context.edition, cell.tableId);
        if (table === undefined) continue;
        const position = table.columns.findIndex((column) => column.id === cell.columnId);
        if (position === -1) continue;
        for (const start of [position - 1, position]) {
          const leftColumn = table.columns[start];
          const rightColumn = table.columns[start + 1];
          if (leftColumn === undefined || rightColumn === undefined) continue;
          const leftCell: CellRef = { tableId: cell.tableId, rowId: cell.rowId, columnId: leftColumn.id };
          const rightCell: CellRef = { tableId: cell.tableId, rowId: cell.rowId, columnId: rightColumn.id };
          const a = lookup(leftCell);
          const b = lookup(rightCell);
          if (!isDigit(a) || !isDigit(b) || a === 0) continue;
          const joined = a * 10 + b;
          for (const [into, other] of [
            [leftCell, rightCell],
            [rightCell, leftCell],
          ] as const) {
            const pairKey = `${key(leftCell)}|${key(into)}`;
            if (reported.has(pairKey)) continue;
            const overrides = new Map([
              [key(into), joined],
              [key(other), 0],
            ]);
            const joinedLookup: CountLookup = (target) => overrides.get(key(target)) ?? lookup(target);
            if (holds(identity, joinedLookup) !== true) continue;
            // Every identity that reads one of the two cells must hold after the join.
            const touched = identities.filter((candidate) =>
              [...candidate.left, ...candidate.right].some(
                (member) => key(member) === key(leftCell) || key(member) === key(rightCell),
              ),
            );
            if (touched.some((candidate) => holds(candidate, joinedLookup) === false)) continue;
            const repaired = touched.filter(
              (candidate) => before[identities.indexOf(candidate)] === false,
            );
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
                zh: `“${rowLabel}”行相邻两格“${leftLabel}” ${a} 与“${rightLabel}” ${b} 可能是一个数 ${joined} 被拆成两格（PDF/OCR 拆格）：把 ${joined} 计入“${intoLabel}”、另一格计 0，以下勾稽关系均成立：${repaired.map((item) => item.name.zh).join("；")}。请对照原件核实。`,
                en: `row "${rowLabel}": adjacent cells "${leftLabel}" ${a} and "${rightLabel}" ${b} may be one number ${joined} split in two (PDF/OCR artefact): with ${joined} in "${intoLabel}" and 0 in the other, these identities hold: ${repaired.map((item) => item.name.en).join("; ")}. Check against the original.`,
              },
            });
          }
        }
      }
    });
  },
};
