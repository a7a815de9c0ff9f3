/**
 * Outside evidence for run-together digits: the narrative often quotes the same figures
 * ("现行有效行政规范性文件698件"). A reading that agrees with a quoted figure is preferred; a quote
 * that no reading matches is ignored.
 */
import { editions, findTable, type ColumnDefinition, type TableDefinition } from "@xxgk/schema";
import type { Decoded } from "../cells.js";
import { normaliseLabel, splitNumbering } from "../normalize.js";
import type { NoteSink } from "../notes.js";

function columnKeyword(label: string): string {
  return normaliseLabel(label)
    .replace(/\(.*?\)/gu, "")
    .replace(/^本年度?/u, "")
    .replace(/(?:总数量|件数|数量|金额)$/u, "");
}

/** The normalised labels of a row in every edition (computed once per table and row). */
const rowWordsCache = new Map<string, readonly string[]>();
function rowWordsOf(tableId: string, rowId: string): readonly string[] {
  const key = `${tableId}.${rowId}`;
  let words = rowWordsCache.get(key);
  if (words === undefined) {
    const set = new Set<string>();
    for (const edition of editions) {
      const label = findTable(edition, tableId)?.rows.find((row) => row.id === rowId)?.label;
      if (label) set.add(normaliseLabel(splitNumbering(label)[1]));
    }
    words = [...set];
    rowWordsCache.set(key, words);
  }
  return words;
}

const keywordCache = new Map<string, string>();
function keywordOf(label: string): string {
  let keyword = keywordCache.get(label);
  if (keyword === undefined) {
    keyword = columnKeyword(label);
    keywordCache.set(label, keyword);
  }
  return keyword;
}

/** The clauses of a text that quote a count, with their normalised form. */
function quotedClauses(text: string): { clause: string; normalised: string }[] {
  const clauses = text.replace(/\s+/gu, "").split(/[，。；;,\n]/u);
  // normalised once, and only the clauses that quote a count at all
  return clauses
    .map((clause) => ({ clause, normalised: normaliseLabel(clause) }))
    .filter(({ normalised }) => /\d(?:件|项|个)/u.test(normalised));
}

export function evidenceFromNarrative(text: string) {
  // read when a row first needs it (most reports have no run-together digits)
  let quotedOnce: { clause: string; normalised: string }[] | undefined;
  return {
    filter(table: TableDefinition, rowId: string, columns: readonly ColumnDefinition[], candidates: Decoded[][], notes: NoteSink): Decoded[][] {
      const quoted = (quotedOnce ??= quotedClauses(text));
      const rowWords = rowWordsOf(table.id, rowId);
      let kept = candidates;
      columns.forEach((column, index) => {
        const keyword = keywordOf(column.label);
        if (keyword.length < 2) return;
        for (const { clause, normalised } of quoted) {
          if (!normalised.includes(keyword) || !rowWords.some((word) => normalised.includes(word))) continue;
          const match = /(\d+(?:\.\d+)?)(?:件|项|个)/u.exec(normalised.slice(normalised.indexOf(keyword)));
          if (match === null) continue;
          const value = Number(match[1]);
          const agreeing = kept.filter((values) => values[index] === value);
          if (agreeing.length > 0 && agreeing.length < kept.length) {
            kept = agreeing;
            notes.add("cell-by-identity", "info", ["tables", table.id, rowId, column.id], `连排数字的拆分由正文数字确认：“${clause}”`, `the reading of run-together digits is confirmed by the text: "${clause}"`, clause);
          }
        }
      });
      return kept;
    },
  };
}
