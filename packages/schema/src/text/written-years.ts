/**
 * Years written as four digits and 年 ("2023年"): what the phrase readers check a number's lead-up
 * for, found from each 年 rather than by a regular expression run over the text.
 */

/** Whether a UTF-16 unit is an ASCII digit (what `\d` matches). */
function isDigit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/**
 * The years of `text`, in order: the numbers that the matches of `/(\d{4})年/g` capture (the four
 * digits right before a 年; two matches cannot overlap, as a match has no 年 before its end).
 */
export function writtenYears(text: string): number[] {
  const years: number[] = [];
  for (let at = text.indexOf("年", 4); at !== -1; at = text.indexOf("年", at + 1)) {
    if (
      isDigit(text.charCodeAt(at - 4)) &&
      isDigit(text.charCodeAt(at - 3)) &&
      isDigit(text.charCodeAt(at - 2)) &&
      isDigit(text.charCodeAt(at - 1))
    ) {
      years.push(Number(text.slice(at - 4, at)));
    }
  }
  return years;
}

/** Whether `text` writes a year other than `year`: some year of {@link writtenYears} differs, found without the list. */
export function writesOtherYear(text: string, year: number): boolean {
  for (let at = text.indexOf("年", 4); at !== -1; at = text.indexOf("年", at + 1)) {
    if (
      isDigit(text.charCodeAt(at - 4)) &&
      isDigit(text.charCodeAt(at - 3)) &&
      isDigit(text.charCodeAt(at - 2)) &&
      isDigit(text.charCodeAt(at - 1)) &&
      Number(text.slice(at - 4, at)) !== year
    ) {
      return true;
    }
  }
  return false;
}

/** A pattern that matches where any of `words` occurs (they are plain text, no pattern syntax). */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));
}
