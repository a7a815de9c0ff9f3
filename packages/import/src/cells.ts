/**
 * Reading one printed cell, and splitting run-together digits into cells.
 */
import type { CellKind } from "@xxgk/schema";

export type Token =
  | { readonly type: "number"; readonly text: string; readonly value: number; readonly unit?: "元" | "万元" }
  | { readonly type: "blank"; readonly text: string }
  /** Digits that may hold several cells run together ("6000017"). */
  | { readonly type: "digits"; readonly text: string };

const BLANK_TEXT = /^(?:[\/／\\—–\-－―─]+|无|空|空白|\*+|×)$/u;
const PLAIN_DIGITS = /^\d+$/u;
const SPACED_DIGITS = /\d[\s\u00a0\u3000]+\d/u;
const NUMBER = /^([+-]?)(\d+(?:\.\d+)?)(万元|元|件|项|个|条|次)?$/u;

/** Reads a field's text as a token; `undefined` when it is text (a label, a header word). */
export function readField(raw: string): Token | undefined {
  if (PLAIN_DIGITS.test(raw)) {
    // the common cell: ASCII digits alone, which NFKC and every rule below keep as they are
    const value = Number(raw);
    return Number.isFinite(value) ? { type: "number", text: raw, value } : undefined;
  }
  const text = raw.normalize("NFKC").replace(/[\s\u00a0\u3000]+/gu, "");
  if (text === "") return { type: "blank", text: "" };
  // Digits with white space between them are several numbers in one field ("0 11"), never one
  // number (11): their split is decided like run-together digits, by the table's identities.
  if (SPACED_DIGITS.test(raw) && /^\d+$/u.test(text)) return { type: "digits", text };
  if (BLANK_TEXT.test(text)) return { type: "blank", text };
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:万元|元)?$/u.test(text) ? text.replace(/,/gu, "") : text;
  const match = NUMBER.exec(plain);
  if (match === null) {
    return /^-?\d[\d.]*(?:-\d[\d.]*)*(?:万元|元)?$/u.test(plain) ? { type: "digits", text: plain } : undefined;
  }
  const value = Number(`${match[1]}${match[2]}`);
  if (!Number.isFinite(value)) return undefined;
  const unit = match[3] === "元" || match[3] === "万元" ? match[3] : undefined;
  return { type: "number", text, value, ...(unit === undefined ? {} : { unit }) };
}

/** Whether a number fits a kind of cell. */
export function fitsKind(kind: CellKind, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (kind === "count") return Number.isInteger(value) && value >= 0;
  if (kind === "signedCount") return Number.isInteger(value);
  return value >= 0;
}

/** A cell value as decoded: a number, an amount string with its unit, or blank (`null`). */
export type Decoded = number | string | null;

/**
 * Every way to read `tokens` as exactly `kinds.length` cells, where a token of digits may hold
 * several cells run together (no part may start with 0 unless it is "0"; a "-" starts a signed
 * cell; a decimal point belongs to an amount). Stops after `limit` readings.
 */
export function splitRuns(
  tokens: readonly Token[],
  kinds: readonly CellKind[],
  limit = 20000,
): Decoded[][] {
  const out: Decoded[][] = [];
  const current: Decoded[] = [];
  const width = kinds.length;

  function partsOf(text: string, count: number, start: number, acc: string[], emit: (parts: string[]) => boolean): boolean {
    if (count === 0) return start === text.length ? emit(acc) : true;
    const remaining = text.length - start;
    if (remaining < count) return true;
    let first = start;
    const signed = text[start] === "-";
    if (signed) first++;
    for (let end = first + 1; end <= text.length - (count - 1); end++) {
      const part = text.slice(start, end);
      const digits = signed ? part.slice(1) : part;
      if (digits.length > 1 && digits[0] === "0" && digits[1] !== ".") continue;
      if (digits.endsWith(".")) continue;
      if (text[end] === "." ) continue; // a decimal point never starts a cell
      acc.push(part);
      const keepGoing = partsOf(text, count - 1, end, acc, emit);
      acc.pop();
      if (!keepGoing) return false;
    }
    return true;
  }

  function walk(tokenIndex: number, cellIndex: number): boolean {
    if (out.length >= limit) return false;
    if (tokenIndex === tokens.length) {
      if (cellIndex === width) out.push([...current]);
      return true;
    }
    const token = tokens[tokenIndex]!;
    const remainingTokens = tokens.length - tokenIndex - 1;
    if (token.type === "blank") {
      if (cellIndex >= width) return true;
      current.push(null);
      const ok = walk(tokenIndex + 1, cellIndex + 1);
      current.pop();
      return ok;
    }
    if (token.type === "number") {
      if (cellIndex >= width) return true;
      const kind = kinds[cellIndex]!;
      if (!fitsKind(kind, token.value)) return true;
      current.push(kind === "amount" && token.unit !== undefined ? `${Math.abs(token.value)}${token.unit}` : token.value);
      const ok = walk(tokenIndex + 1, cellIndex + 1);
      current.pop();
      return ok;
    }
    // run-together digits: try every number of parts
    const unitMatch = /(万元|元)$/u.exec(token.text);
    const text = unitMatch === null ? token.text : token.text.slice(0, -unitMatch[1]!.length);
    const maxParts = Math.min(width - cellIndex - remainingTokens * 0, text.replace(/[-.]/gu, "").length);
    for (let count = 1; count <= maxParts; count++) {
      if (cellIndex + count > width) break;
      const keep = partsOf(text, count, 0, [], (parts) => {
        const values: Decoded[] = [];
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i]!;
          const kind = kinds[cellIndex + i]!;
          const value = Number(part);
          if (part.includes(".") && kind !== "amount") return true;
          if (!fitsKind(kind, value)) return true;
          values.push(kind === "amount" && unitMatch !== null && i === parts.length - 1 ? `${part}${unitMatch[1]}` : value);
        }
        current.push(...values);
        const ok = walk(tokenIndex + 1, cellIndex + count);
        current.length -= values.length;
        return ok;
      });
      if (!keep) return false;
    }
    return true;
  }

  walk(0, 0);
  return out;
}
