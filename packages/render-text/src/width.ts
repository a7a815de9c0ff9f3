/**
 * Display width of text in a monospaced grid (terminal, editor, <pre>), in columns.
 *
 * Wide (W) and fullwidth (F) characters take 2 columns (get-east-asian-width). East Asian
 * AMBIGUOUS characters — “ ” ‘ ’ · — … ① ② and the box-drawing characters ─ │ ┌ … — take ONE
 * column: that is the default of Unicode UAX #11 when the context cannot be established, of
 * glibc's wcwidth (so of terminals in a zh_CN.UTF-8 locale), of VS Code and of browsers showing a
 * text file in a monospaced Latin font. A reader whose terminal is set to "ambiguous = wide"
 * sees the same text with lines that are a little longer, but the tables still use one
 * consistent measure for borders and text, so the choice is explicit and tested
 * (`width.test.ts`). Control characters, combining marks, zero-width spaces/joiners, variation
 * selectors and the BOM take no column.
 */
import { eastAsianWidth } from "get-east-asian-width";

const AMBIGUOUS_AS_WIDE = false;

function isZeroWidth(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint < 0xa0) ||
    (codePoint >= 0x300 && codePoint <= 0x36f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff
  );
}

function computeWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint >= 0x20 && codePoint < 0x7f) return 1;
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 2; // CJK unified ideographs (fast path)
  if (isZeroWidth(codePoint)) return 0;
  return eastAsianWidth(codePoint, { ambiguousAsWide: AMBIGUOUS_AS_WIDE });
}

/**
 * Widths of the BMP code units, filled in as they are first met (UNKNOWN until then): the width
 * of a character is looked up once, not once per occurrence (this is the renderer's hot path).
 */
const UNKNOWN = 3;
const BMP_WIDTHS = new Uint8Array(0x10000).fill(UNKNOWN);

/** Columns taken by one code point: 0, 1 or 2. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x10000 && codePoint >= 0) {
    const known = BMP_WIDTHS[codePoint]!;
    if (known !== UNKNOWN) return known as 0 | 1 | 2;
    const width = computeWidth(codePoint);
    BMP_WIDTHS[codePoint] = width;
    return width;
  }
  return computeWidth(codePoint);
}

/** Columns taken by a string. */
export function stringWidth(text: string): number {
  let width = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code < 0x7f) {
      width += 1;
    } else if (code >= 0xd800 && code <= 0xdbff && index + 1 < length) {
      width += charWidth(text.codePointAt(index)!);
      index++;
    } else {
      width += charWidth(code);
    }
  }
  return width;
}
