/**
 * A text document prepared for matching: page furniture removed, a compact normalised copy with a
 * map back to the original, and label search.
 */
import { compact, normaliseLabel, type CompactText } from "../normalize.js";
import { unboxTables } from "./boxes.js";

const DASH_BEFORE_DIGIT = /[-—–－―─][ \t\u00a0\u3000]*\d/u;

/**
 * Page footer lines, each with a cheap test that a text must pass to hold one (a footer line is
 * rare: the full pattern is tried only then).
 */
const PAGE_FOOTER: readonly { readonly line: RegExp; readonly mayHold: (text: string) => boolean }[] = [
  {
    line: /^[ \t\u00a0\u3000]*[-—–－―─]+[ \t\u00a0\u3000]*\d{1,3}[ \t\u00a0\u3000]*[-—–－―─]+[ \t\u00a0\u3000]*$/gmu,
    mayHold: (text) => DASH_BEFORE_DIGIT.test(text),
  },
  {
    line: /^[ \t\u00a0\u3000]*第[ \t\u00a0\u3000]*\d{1,3}[ \t\u00a0\u3000]*页(?:[ \t\u00a0\u3000]*[,，/／]?[ \t\u00a0\u3000]*共[ \t\u00a0\u3000]*\d{1,3}[ \t\u00a0\u3000]*页)?[ \t\u00a0\u3000]*$/gmu,
    mayHold: (text) => text.includes("页"),
  },
];

/**
 * Removes page footers ("— 3 —", "-4-", "第 2 页 共 6 页"), form feeds and carriage returns, and
 * turns tables drawn with box-drawing characters into tab-separated rows.
 */
export function cleanText(text: string): string {
  let out = text;
  if (out.includes("\r")) out = out.replace(/\r\n?/gu, "\n");
  if (out.includes("\f")) out = out.replace(/\f/gu, "\n");
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  for (const footer of PAGE_FOOTER) if (footer.mayHold(out)) out = out.replace(footer.line, "");
  return unboxTables(out);
}

export class Doc {
  readonly compact: CompactText;
  constructor(readonly src: string) {
    this.compact = compact(src);
  }

  /** The compact index of the first compact character at or after source index `index`. */
  toCompact(index: number): number {
    const source = this.compact.source;
    let lo = 0;
    let hi = source.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (source[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Source range of compact range [start, end). */
  toSource(start: number, end: number): [number, number] {
    const s = this.compact.source[start] ?? this.src.length;
    const e = end > 0 ? (this.compact.sourceEnd[end - 1] ?? this.src.length) : 0;
    return [s, e];
  }

  /** Every occurrence of a normalised needle within source range [from, to), as compact ranges. */
  findAll(needle: string, from = 0, to = this.src.length): [number, number][] {
    if (needle === "") return [];
    const out: [number, number][] = [];
    const start = this.toCompact(from);
    // searched only up to the end of the range (a needle absent from it is not looked for beyond)
    const text = this.before(this.toCompact(to));
    let at = text.indexOf(needle, start);
    while (at !== -1) {
      out.push([at, at + needle.length]);
      at = text.indexOf(needle, at + 1);
    }
    return out;
  }

  findFirst(needle: string, from = 0, to = this.src.length): [number, number] | undefined {
    const start = this.toCompact(from);
    const end = this.toCompact(to);
    const at = this.before(end).indexOf(needle, start);
    return at === -1 || at + needle.length > end ? undefined : [at, at + needle.length];
  }

  /** The compact text before compact index `end`. */
  private before(end: number): string {
    const text = this.compact.text;
    return end >= text.length ? text : text.slice(0, end);
  }

  /** Normalised text of a source range. */
  normalised(from: number, to: number): string {
    return this.compact.text.slice(this.toCompact(from), this.toCompact(to));
  }
}

export { normaliseLabel };
