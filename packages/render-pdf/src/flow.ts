/**
 * Line setting and pagination of the body, done by render-pdf itself.
 *
 * Profiling showed where react-pdf spends its time on a report: not drawing, but paginating — each
 * page break re-runs style resolution and Yoga layout over everything that is left, and a dynamic
 * node (a page number with a render prop) doubles that. So render-pdf sets the lines itself (the
 * 禁则 line breaking of `linebreak.ts`, widths measured from the same fontkit fonts react-pdf draws
 * with), justifies them (inter-character spacing on CJK runs, Latin words and numbers kept tight),
 * and cuts pages itself with a fixed line pitch. react-pdf then lays out one `<Page wrap={false}>`
 * per page, each once, with static page numbers: no relayout, no dynamic nodes.
 */
import type { FontRole } from "./fonts.js";
import { breakPieces } from "./linebreak.js";
import type { Measurer } from "./measure.js";

/** A run of text in one face. */
export interface Span {
  readonly text: string;
  readonly font: FontRole;
}

/** A run of a set line: text in one face with one letter spacing. */
export interface LineRun {
  readonly text: string;
  readonly font: FontRole;
  /** Extra advance after every glyph (justification), in points. */
  readonly letterSpacing: number;
}

export interface SetLine {
  readonly runs: readonly LineRun[];
  /** Left indent of this line (the first line of a paragraph), in points. */
  readonly indent: number;
  /** Natural width of the text (without justification). */
  readonly width: number;
}

/** Letter spacing (points) up to which justification spreads Latin letters and digits too. */
const SMALL_SPACING = 0.8;

export type Measurers = Readonly<Record<FontRole, Measurer>>;

interface Piece {
  readonly text: string;
  readonly font: FontRole;
  readonly width: number;
  readonly space: boolean;
}

function isLatinCode(code: number): boolean {
  return code >= 0x21 && code <= 0x7e;
}

/** A justification slot follows every glyph except inside a Latin word or number. */
function stretchRuns(pieces: readonly Piece[]): { text: string; font: FontRole; stretch: boolean }[] {
  const runs: { text: string; font: FontRole; stretch: boolean }[] = [];
  for (const piece of pieces) {
    let index = 0;
    const { text } = piece;
    while (index < text.length) {
      const latin = isLatinCode(text.charCodeAt(index));
      let end = index + 1;
      while (end < text.length && isLatinCode(text.charCodeAt(end)) === latin) end += 1;
      // A Latin word keeps its last glyph's slot (the gap to the next character) only as a CJK run would:
      // the slot after it is given by the following run's spacing being applied to... nothing; so split
      // the word's last character off into a stretchable run.
      if (latin && end - index > 1) {
        runs.push({ text: text.slice(index, end - 1), font: piece.font, stretch: false });
        runs.push({ text: text.slice(end - 1, end), font: piece.font, stretch: true });
      } else {
        runs.push({ text: text.slice(index, end), font: piece.font, stretch: true });
      }
      index = end;
    }
  }
  return runs;
}

export function glyphCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) count += 1;
  }
  return count;
}

/**
 * Full-width punctuation of the 楷 face (a brush 楷书) is drawn from the body face instead: its
 * brackets and stops look like Latin ones and would read oddly in a heading. Both faces give these
 * marks the same 1 em advance, so the line's measure does not change.
 */
const KAI_FROM_SERIF = new Set([..."（）〔〕【】《》〈〉「」『』“”‘’。，、；：？！"]);

function withPunctuationFallback(pieces: readonly Piece[]): Piece[] {
  const result: Piece[] = [];
  for (const piece of pieces) {
    if (piece.font !== "kai") {
      result.push(piece);
      continue;
    }
    const chars = [...piece.text];
    let text = "";
    let font: FontRole | null = null;
    for (const char of chars) {
      const charFont: FontRole = KAI_FROM_SERIF.has(char) ? "serif" : "kai";
      if (font !== null && charFont !== font) {
        result.push({ text, font, width: 0, space: false });
        text = "";
      }
      font = charFont;
      text += char;
    }
    if (font !== null) result.push({ text, font, width: 0, space: piece.space });
  }
  return result;
}

function makeLine(linePieces: readonly Piece[], indent: number, available: number, justify: boolean): SetLine {
  const width = linePieces.reduce((sum, piece) => sum + piece.width, 0);
  const pieces = withPunctuationFallback(linePieces);
  const gap = available - width;
  if (!justify || gap <= 0.01) {
    // One run per face.
    const runs: LineRun[] = [];
    for (const piece of pieces) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.font === piece.font) runs[runs.length - 1] = { ...last, text: last.text + piece.text };
      else runs.push({ text: piece.text, font: piece.font, letterSpacing: 0 });
    }
    return { runs, indent, width };
  }
  // Small gaps (the usual case) are spread over every glyph, Latin ones too, in one run per face
  // (each run costs react-pdf a font switch when drawing); large gaps keep Latin words and numbers
  // tight and spread only between CJK characters.
  const glyphs = pieces.reduce((sum, piece) => sum + glyphCount(piece.text), 0);
  if (glyphs > 1 && gap / (glyphs - 1) <= SMALL_SPACING) {
    const spacing = gap / (glyphs - 1);
    const runs: LineRun[] = [];
    for (const piece of pieces) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.font === piece.font) runs[runs.length - 1] = { ...last, text: last.text + piece.text };
      else runs.push({ text: piece.text, font: piece.font, letterSpacing: spacing });
    }
    return { runs, indent, width };
  }
  const parts = stretchRuns(pieces);
  // Slots: every glyph of a stretchable run, except the line's very last glyph.
  let slots = 0;
  for (const part of parts) if (part.stretch) slots += glyphCount(part.text);
  const lastPart = parts[parts.length - 1];
  if (lastPart?.stretch === true) slots -= 1;
  const spacing = slots > 0 ? gap / slots : 0;
  const runs: LineRun[] = [];
  for (const part of parts) {
    const letterSpacing = part.stretch ? spacing : 0;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.font === part.font && last.letterSpacing === letterSpacing) {
      runs[runs.length - 1] = { ...last, text: last.text + part.text };
    } else runs.push({ text: part.text, font: part.font, letterSpacing });
  }
  return { runs, indent, width };
}

export interface SetOptions {
  readonly width: number;
  readonly size: number;
  /** Indent of the first line. */
  readonly firstIndent: number;
  /** Justify every line but the last (两端对齐). */
  readonly justify: boolean;
}

/**
 * Sets spans into lines: greedy filling over the 禁则 pieces (a piece wider than a line is split by
 * characters as a last resort), white space dropped at line ends, lines justified on request.
 */
export function setLines(spans: readonly Span[], measurers: Measurers, options: SetOptions): SetLine[] {
  const { width, size, firstIndent, justify } = options;
  const pieces: Piece[] = [];
  for (const span of spans) {
    const measure = measurers[span.font];
    for (const text of breakPieces(span.text)) {
      const space = text.trim() === "";
      const pieceWidth = measure.width(text, size);
      if (!space && pieceWidth > width - firstIndent) {
        // Longer than a line: one piece per character (never happens with real text).
        for (const char of text) pieces.push({ text: char, font: span.font, width: measure.width(char, size), space: false });
      } else pieces.push({ text, font: span.font, width: pieceWidth, space });
    }
  }
  const lines: SetLine[] = [];
  let current: Piece[] = [];
  let currentWidth = 0;
  let indent = firstIndent;
  const tolerance = 0.01;
  for (const piece of pieces) {
    if (piece.space && current.length === 0) continue;
    if (currentWidth + piece.width > width - indent + tolerance && current.length > 0) {
      while (current.length > 0 && current[current.length - 1]!.space) current.pop();
      lines.push(makeLine(current, indent, width - indent, justify));
      current = [];
      currentWidth = 0;
      indent = 0;
      if (piece.space) continue;
    }
    current.push(piece);
    currentWidth += piece.width;
  }
  while (current.length > 0 && current[current.length - 1]!.space) current.pop();
  if (current.length > 0 || lines.length === 0) lines.push(makeLine(current, indent, width - indent, false));
  return lines;
}
