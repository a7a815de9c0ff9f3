/**
 * Chinese line breaking with the 禁则 rules, for react-pdf.
 *
 * react-pdf (textkit) splits text into "words" at ASCII spaces only and passes each word through a
 * hyphenation callback; every break it makes between two returned pieces inserts a "-" — except
 * where an EMPTY piece separates them: an empty piece becomes a zero-width glue node, a break
 * opportunity without a hyphen. `hyphenationCallback` below returns the unbreakable pieces of a
 * word separated by empty strings, so that:
 *
 * - a line may break between any two CJK characters, and never inserts "-";
 * - no line starts with a closing or pausing mark (，。、；：？！）》」』】 and kin): it is glued to
 *   the piece before it;
 * - no line ends with an opening mark (（《「『【 and kin): it is glued to the piece after it;
 * - runs of Latin letters and digits with inner connectors (2019, 51.85%, 909.76, www.gov.cn,
 *   0533-1234567) stay whole, as do —— and …….
 *
 * The callback is passed per `<Text hyphenationCallback>` — never registered process-wide with
 * `Font.registerHyphenationCallback` (that would change every other react-pdf document in the
 * process). `breakPieces` is also what the table layout uses to wrap cell text itself.
 */

/** Marks that must not start a line. */
export const NO_LINE_START: ReadonlySet<string> = new Set([
  ..."，。、；：？！）》」』】〕〗〙〛〉｝］”’…‥·・〃々〆～％‰℃°",
  ...",.;:?!)]}%",
]);

/** Marks that must not end a line. */
export const NO_LINE_END: ReadonlySet<string> = new Set([..."（《「『【〔〖〘〚〈｛［“‘", ..."([{"]);

/** Characters that come in runs that must stay together (——, ……). */
const RUN_CHARS = new Set([..."—―…"]);

const FLAG_NO_START = 1;
const FLAG_NO_END = 2;
const FLAG_RUN = 4;

/** Flags by UTF-16 code unit (all the marks are in the BMP). */
const FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  for (const char of NO_LINE_START) flags[char.charCodeAt(0)]! |= FLAG_NO_START;
  for (const char of NO_LINE_END) flags[char.charCodeAt(0)]! |= FLAG_NO_END;
  for (const char of RUN_CHARS) flags[char.charCodeAt(0)]! |= FLAG_RUN;
  return flags;
})();

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Characters that continue a Latin/number word when a word character follows (51.85%, a-b, x/y). */
const CONNECTORS = new Set([..."._-/:@+#&?=~,'"].map((char) => char.charCodeAt(0)));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits text into unbreakable pieces: a line may break between two pieces and nowhere else.
 * Concatenating the pieces gives the text back unchanged. White space is its own piece.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  const length = text.length;
  let start = 0;
  let index = 0;
  // `glueNext`: the piece being built must continue with the next character (an opening mark).
  let glueNext = false;
  while (index < length) {
    const code = text.charCodeAt(index);
    // The extent of the next "atom": a surrogate pair, a Latin/number word, a run of —/…, or one char.
    let end = index + 1;
    if (isHighSurrogate(code) && end < length) end += 1;
    else if (isWordCode(code)) {
      while (end < length) {
        const next = text.charCodeAt(end);
        if (isWordCode(next)) end += 1;
        else if (CONNECTORS.has(next) && end + 1 < length && isWordCode(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
    } else if ((FLAGS[code]! & FLAG_RUN) !== 0) {
      while (end < length && text.charCodeAt(end) === code) end += 1;
    } else if (code === 0x20 || code === 0x09 || code === 0x3000) {
      while (end < length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) end += 1;
      // White space is a break opportunity on both sides and its own piece.
      if (index > start) pieces.push(text.slice(start, index));
      pieces.push(text.slice(index, end));
      start = end;
      index = end;
      glueNext = false;
      continue;
    }
    const flags = FLAGS[code]!;
    // A mark that must not start a line (or a run such as …… that follows text) stays with what precedes it.
    const joinsPrevious = index > start && (glueNext || (flags & FLAG_NO_START) !== 0);
    if (index > start && !joinsPrevious) {
      pieces.push(text.slice(start, index));
      start = index;
    }
    glueNext = (flags & FLAG_NO_END) !== 0;
    index = end;
  }
  if (start < length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * The per-`<Text>` hyphenation callback: the word's pieces separated by empty strings (zero-width
 * break opportunities without a hyphen). Pure and stateless; cached per word because body text
 * repeats (the same paragraph is laid out again when a page breaks inside it).
 */
export function hyphenationCallback(word: string): string[] {
  if (word.length <= 1) return [word];
  const cached = cache.get(word);
  if (cached !== undefined) return cached as string[];
  const pieces = breakPieces(word);
  let result: string[];
  if (pieces.length === 1) result = pieces;
  else {
    result = new Array<string>(pieces.length * 2 - 1);
    for (let i = 0; i < pieces.length; i++) {
      result[i * 2] = pieces[i]!;
      if (i + 1 < pieces.length) result[i * 2 + 1] = "";
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}

/** A callback for text that must not break at all inside a word (cells laid out by render-pdf). */
export function noBreakCallback(word: string): string[] {
  return [word];
}

const CACHE_LIMIT = 4096;
const cache = new Map<string, readonly string[]>();

/**
 * Greedy line filling over `breakPieces`: the lines of `text` no wider than `maxWidth` (a piece
 * wider than the width gets a line of its own — a last resort that splits it by characters, still
 * respecting no hyphen). White space at a line break is dropped. `width` measures a string.
 */
export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const piece of breakPieces(paragraph)) {
      const isSpace = piece.trim() === "";
      const pieceWidth = width(piece);
      if (lineWidth + pieceWidth <= maxWidth + 0.01 || line === "") {
        if (line === "" && isSpace) continue;
        if (pieceWidth > maxWidth + 0.01 && line === "") {
          // An unbreakable piece wider than the line: split it by characters as a last resort.
          for (const char of piece) {
            const charWidth = width(char);
            if (lineWidth + charWidth > maxWidth + 0.01 && line !== "") {
              lines.push(line);
              line = "";
              lineWidth = 0;
            }
            line += char;
            lineWidth += charWidth;
          }
          continue;
        }
        line += piece;
        lineWidth += pieceWidth;
      } else {
        lines.push(line.trimEnd());
        if (isSpace) {
          line = "";
          lineWidth = 0;
        } else {
          line = piece;
          lineWidth = pieceWidth;
        }
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
