/**
 * Numbers as Chinese reports write them: Arabic digits (half- or full-width, with PDF spaces or
 * thousands separators) and Chinese numerals (零一二…十百千万, 两, 〇).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters that may make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万";

/**
 * The value of a Chinese numeral (十七 → 17, 一百零二 → 102, 两千 → 2000, 三〇五 → 305), or `null`
 * when the text is not one.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === "" || [...text].some((char) => !CHINESE_NUMERAL_CHARS.includes(char))) return null;
  const hasUnit = /[十百千万]/.test(text);
  if (!hasUnit) {
    // Digit by digit: 三〇五 → 305.
    let value = 0;
    for (const char of text) value = value * 10 + (DIGITS[char] ?? 0);
    return value;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      digit = DIGITS[char] ?? 0;
    } else if (char === "万") {
      section += digit ?? 0;
      total += (section === 0 ? 1 : section) * 10000;
      section = 0;
      digit = null;
    } else {
      const unit = SMALL_UNITS[char] ?? 1;
      section += (digit ?? 1) * unit;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number token as written: Arabic digits (optionally decimal) or a Chinese numeral. */
export function parseNumberToken(token: string): number | null {
  const ascii = toHalfWidthDigits(token).replace(/,/g, "");
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(token);
}

/** Full-width digits and decimal point to ASCII. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．]/g, (char) =>
    char === "．" ? "." : String.fromCharCode(char.charCodeAt(0) - 0xff10 + 0x30),
  );
}

/** A character that {@link normalizeText} may change or remove. */
const NEEDS_NORMALIZING = /[\s０-９．,]/;

/**
 * Text ready for phrase matching: white space removed (PDF extraction writes "受理 8 件"),
 * full-width digits made ASCII, thousands separators dropped (3,119 → 3119).
 */
export function normalizeText(text: string): string {
  // Most text (already normalised, or with nothing to change) has none of the characters the
  // three replacements below act on: return it as is.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return toHalfWidthDigits(text.replace(/\s+/g, "")).replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}
