/**
 * Line breaking for Chinese text (a small, deterministic subset of UAX #14 with the Chinese
 * 禁则 rules):
 *
 * - a line may break between any two CJK characters;
 * - no line starts with a closing or pausing mark (，。、；：？！）》」』】 and their kin), and no line
 *   ends with an opening mark (（《「『【 and their kin): such a mark is glued to its neighbour, and the
 *   neighbour moves with it to the next line;
 * - runs of Latin letters and digits (with inner . , : / % - …, so 51.85%, 2019, www.gov.cn,
 *   0591-23165370) are never split, nor are —— and ……;
 * - white space is a break opportunity and disappears at a break and at the end of the text.
 *
 * A piece that cannot be broken (one word, or a word with its glued marks) longer than the width
 * is put on a line of its own and overflows; nothing else makes a line wider than the width.
 */
import { charWidth } from "./width.js";

/** Marks that must not start a line. */
export const NO_LINE_START = new Set([
  ..."，。、；：？！）》」』】〕〗〙〛〉｝］”’…‥·・〃々〆ゝゞヽヾ～％‰℃°",
  ...",.;:?!)]}%",
]);

/** Marks that must not end a line. */
export const NO_LINE_END = new Set([..."（《「『【〔〖〘〚〈｛［“‘", ..."([{"]);

/** Characters repeated in pairs that must stay together (——, ……). */
const RUN_CHARS = new Set([..."—―…"]);

/** Flags by UTF-16 code unit (all the marks are in the BMP): 1 no line start, 2 no line end, 4 run. */
const FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  for (const char of NO_LINE_START) flags[char.charCodeAt(0)]! |= 1;
  for (const char of NO_LINE_END) flags[char.charCodeAt(0)]! |= 2;
  for (const char of RUN_CHARS) flags[char.charCodeAt(0)]! |= 4;
  return flags;
})();

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const CONNECTORS = new Set([..."._%-/:@+#&?=~,'"].map((char) => char.charCodeAt(0)));

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** A piece of text between two break opportunities. */
interface Piece {
  /** White space before the piece (dropped when the piece starts a line after a break). */
  readonly lead: string;
  readonly leadWidth: number;
  readonly text: string;
  readonly width: number;
}

/**
 * The end of the unit that starts at `index` (not white space): a word or number with its inner
 * connectors, a surrogate pair, a run of —/…, or one character.
 */
function unitEnd(text: string, index: number, length: number, code: number): number {
  if (isWordCode(code)) {
    let end = index + 1;
    while (end < length) {
      const next = text.charCodeAt(end);
      if (isWordCode(next)) {
        end++;
        continue;
      }
      // Inner connectors (. , : / % - …) stay in the word when a letter or digit follows them.
      let after = end;
      while (after < length && CONNECTORS.has(text.charCodeAt(after))) after++;
      if (after > end && after < length && isWordCode(text.charCodeAt(after))) end = after + 1;
      else break;
    }
    return end;
  }
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) return index + 2;
  let end = index + 1;
  if ((FLAGS[code]! & 4) !== 0) while (end < length && text.charCodeAt(end) === code) end++;
  return end;
}

/** Display width of the unit `index..end` whose first code unit is `code`. */
function unitWidth(text: string, index: number, end: number, code: number): number {
  // A word is ASCII letters, digits and connectors: one column each.
  if (isWordCode(code)) return end - index;
  if (code >= 0xd800 && code <= 0xdbff && end === index + 2) return charWidth(text.codePointAt(index)!);
  // One character, or a run of the same character.
  return (end - index) * charWidth(code);
}

/**
 * Calls `emit` for each unbreakable piece of a line of text (no line feeds), left to right:
 * `leadStart..start` is the white space before the piece, `start..end` the piece. One pass, no
 * allocation per character.
 */
function scanPieces(
  text: string,
  emit: (leadStart: number, start: number, end: number, leadWidth: number, width: number) => void,
): void {
  const length = text.length;
  let leadStart = 0;
  let leadWidth = 0;
  let pieceStart = -1;
  let pieceEnd = 0;
  let pieceWidth = 0;
  let pendingStart = 0;
  let pendingWidth = 0;
  let lastCode = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (isSpaceCode(code)) {
      if (pendingWidth === 0) pendingStart = index;
      pendingWidth += 1;
      index++;
      continue;
    }
    const end = unitEnd(text, index, length, code);
    const width = unitWidth(text, index, end, code);
    if (pieceStart === -1) {
      leadStart = pendingWidth > 0 ? pendingStart : index;
      leadWidth = pendingWidth;
      pieceStart = index;
      pieceWidth = width;
    } else if ((FLAGS[code]! & 1) === 0 && (FLAGS[lastCode]! & 2) === 0) {
      emit(leadStart, pieceStart, pieceEnd, leadWidth, pieceWidth);
      leadStart = pendingWidth > 0 ? pendingStart : index;
      leadWidth = pendingWidth;
      pieceStart = index;
      pieceWidth = width;
    } else {
      pieceWidth += pendingWidth + width;
    }
    pieceEnd = end;
    pendingWidth = 0;
    lastCode = text.charCodeAt(end - 1);
    index = end;
  }
  // White space at the end of the text is dropped like white space at a break.
  if (pieceStart !== -1) emit(leadStart, pieceStart, pieceEnd, leadWidth, pieceWidth);
}

/** Splits a line of text (no line feeds) into unbreakable pieces. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  scanPieces(text, (leadStart, start, end, leadWidth, width) => {
    out.push({ lead: text.slice(leadStart, start), leadWidth, text: text.slice(start, end), width });
  });
  return out;
}

/** The widest unbreakable piece of a text (the narrowest width it can be wrapped to). */
export function minimumWidth(text: string): number {
  let widest = 0;
  for (const line of text.includes("\n") ? text.split("\n") : [text]) {
    scanPieces(line, (_leadStart, _start, _end, _leadWidth, width) => {
      if (width > widest) widest = width;
    });
  }
  return widest;
}

/**
 * Breaks text into lines no wider than `width` columns (see the module comment for the rules).
 * A line feed forces a break. Joining the lines gives the text back, less the white space
 * dropped at breaks.
 */
export function breakLines(text: string, width: number): string[] {
  if (!(width >= 1)) throw new RangeError(`width must be at least 1, got ${width}`);
  const lines: string[] = [];
  for (const paragraph of text.includes("\n") ? text.split("\n") : [text]) breakParagraph(paragraph, width, lines);
  return lines;
}

/*
 * Classes of the UTF-16 code units for `breakParagraph`, one byte each, filled in as the code
 * units are first met: the display width (bits 0–1, for a code unit that is a character of its
 * own), white space, letter or digit, the three mark flags, high surrogate. UNCLASSIFIED has
 * width bits 3, which no code unit has.
 */
const WIDTH_BITS = 3;
const SPACE = 4;
const WORD = 8;
const NO_START = 16;
const NO_END = 32;
const RUN = 64;
const HIGH_SURROGATE = 128;
const UNCLASSIFIED = 255;
const CLASSES = new Uint8Array(0x10000).fill(UNCLASSIFIED);

function classify(code: number): number {
  let cls = charWidth(code);
  if (isSpaceCode(code)) cls |= SPACE;
  if (isWordCode(code)) cls |= WORD;
  if ((FLAGS[code]! & 1) !== 0) cls |= NO_START;
  if ((FLAGS[code]! & 2) !== 0) cls |= NO_END;
  if ((FLAGS[code]! & 4) !== 0) cls |= RUN;
  if (code >= 0xd800 && code <= 0xdbff) cls |= HIGH_SURROGATE;
  CLASSES[code] = cls;
  return cls;
}

/**
 * `breakLines` of one paragraph (no line feeds), appended to `lines`: the piece scan of
 * `scanPieces` with the line filling done where a piece ends, in local variables and with one
 * table look-up per code unit (this is the renderer's hot loop: every character of the
 * narrative goes through it).
 */
function breakParagraph(paragraph: string, width: number, lines: string[]): void {
  const length = paragraph.length;
  let lineStart = -1;
  let lineEnd = 0;
  let lineWidth = 0;
  let leadStart = 0;
  let leadWidth = 0;
  let pieceStart = -1;
  let pieceEnd = 0;
  let pieceWidth = 0;
  let pendingStart = 0;
  let pendingWidth = 0;
  /** The last unit read ends with a mark that must not end a line. */
  let lastNoEnd = false;
  let index = 0;
  for (;;) {
    let code = 0;
    let cls = 0;
    while (index < length) {
      code = paragraph.charCodeAt(index);
      cls = CLASSES[code]!;
      if (cls === UNCLASSIFIED) cls = classify(code);
      if ((cls & SPACE) === 0) break;
      if (pendingWidth === 0) pendingStart = index;
      pendingWidth += 1;
      index++;
    }
    const done = index >= length;
    if (pieceStart !== -1 && (done || ((cls & NO_START) === 0 && !lastNoEnd))) {
      // The piece ends: put it on the line, or start a new line with it. (White space at the end
      // of the text is dropped like white space at a break.)
      if (lineStart === -1) {
        lineStart = leadStart;
        lineWidth = leadWidth + pieceWidth;
      } else if (lineWidth + leadWidth + pieceWidth <= width) {
        lineWidth += leadWidth + pieceWidth;
      } else {
        lines.push(paragraph.slice(lineStart, lineEnd));
        lineStart = pieceStart;
        lineWidth = pieceWidth;
      }
      lineEnd = pieceEnd;
      pieceStart = -1;
    }
    if (done) break;
    let end: number;
    let unit: number;
    if ((cls & (WORD | HIGH_SURROGATE | RUN)) === 0) {
      // One character (most of the text: ideographs and punctuation).
      end = index + 1;
      unit = cls & WIDTH_BITS;
      lastNoEnd = (cls & NO_END) !== 0;
    } else {
      end = unitEnd(paragraph, index, length, code);
      unit = unitWidth(paragraph, index, end, code);
      lastNoEnd = (FLAGS[paragraph.charCodeAt(end - 1)]! & 2) !== 0;
    }
    if (pieceStart === -1) {
      leadStart = pendingWidth > 0 ? pendingStart : index;
      leadWidth = pendingWidth;
      pieceStart = index;
      pieceWidth = unit;
    } else {
      pieceWidth += pendingWidth + unit;
    }
    pieceEnd = end;
    pendingWidth = 0;
    index = end;
  }
  lines.push(lineStart === -1 ? "" : paragraph.slice(lineStart, lineEnd));
}
