/**
 * Text helpers shared by the metadata rules: the report's printed text with paths, normalised for
 * matching (full-width digits and brackets folded, white space removed).
 */
import type { ReportPath } from "../../report/parse.js";
import type { Report } from "../../report/types.js";
import { sectionParagraphs } from "../../text/narrative.js";
import { perReport } from "../report-cache.js";

/** One piece of printed text with its place in the report. */
export interface TextRef {
  readonly path: ReportPath;
  readonly text: string;
}

// What {@link normalise} does with a UTF-16 unit when the text has only units of these kinds:
/** Anything else: the text takes the full normalisation. */
const OTHER = 0;
/** Left as it is by NFKC whatever surrounds it, and not white space. */
const KEPT = 1;
/** A full-width form of printable ASCII (U+FF01–U+FF5E): NFKC makes it that ASCII character. */
const FULL_WIDTH = 2;
/** White space that NFKC keeps white space: removed. */
const SPACE = 3;

/**
 * The kind ({@link OTHER}, {@link KEPT}, {@link FULL_WIDTH} or {@link SPACE}) of each UTF-16
 * unit. Kept: printable ASCII, the CJK unified ideographs U+4E00–U+9FFF, 〇 and the common
 * Chinese punctuation 、。〈〉《》「」『』【】〔〕〖〗〘〙〚〛‘’“”—·. None of them has a compatibility
 * mapping, and none combines with what precedes it (no combining mark, no Hangul jamo), so NFKC
 * of a text made of these kinds only is the text with each full-width form replaced by its
 * ASCII character (checked against `String.prototype.normalize` for every unit of the table).
 */
const UNIT_KINDS: Uint8Array = (() => {
  const kinds = new Uint8Array(0x10000);
  const mark = (first: number, last: number, kind: number): void => {
    kinds.fill(kind, first, last + 1);
  };
  mark(0x21, 0x7e, KEPT);
  mark(0x4e00, 0x9fff, KEPT);
  mark(0x3001, 0x3002, KEPT);
  mark(0x3007, 0x3007, KEPT);
  mark(0x3008, 0x3011, KEPT);
  mark(0x3014, 0x301b, KEPT);
  mark(0x2018, 0x2019, KEPT);
  mark(0x201c, 0x201d, KEPT);
  mark(0x2014, 0x2014, KEPT);
  mark(0xb7, 0xb7, KEPT);
  mark(0xff01, 0xff5e, FULL_WIDTH);
  mark(0x09, 0x0d, SPACE);
  mark(0x20, 0x20, SPACE);
  mark(0x3000, 0x3000, SPACE);
  return kinds;
})();

/** Offset of a full-width form from its ASCII character. */
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * NFKC (full-width digits and parentheses to ASCII) and no white space. Text of the usual
 * characters (see {@link UNIT_KINDS}) is mapped unit by unit, which gives the same result
 * without calling into the full normalisation.
 */
export function normalise(text: string): string {
  let result = "";
  // start of the units not yet copied to `result`
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    // the two usual ranges of kept units first, without reading the table
    if ((unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x21 && unit <= 0x7e)) continue;
    const kind = UNIT_KINDS[unit]!;
    if (kind === KEPT) continue;
    if (kind === OTHER) return text.normalize("NFKC").replace(/\s+/g, "");
    result += text.slice(start, at);
    if (kind === FULL_WIDTH) result += String.fromCharCode(unit - FULL_WIDTH_OFFSET);
    start = at + 1;
  }
  return start === 0 ? text : result + text.slice(start);
}

/**
 * {@link normalise} of each preamble paragraph (none without a preamble), for the metadata rules
 * of one run: three of them read the normalised paragraphs.
 */
export const normalisedPreamble = perReport((context): readonly string[] => (context.report.preamble ?? []).map(normalise));

/** The title and preamble paragraphs, when the report has them. */
export function frontMatter(report: Report): TextRef[] {
  const refs: TextRef[] = [];
  if (report.title !== undefined) refs.push({ path: ["title"], text: report.title });
  report.preamble?.forEach((text, index) => refs.push({ path: ["preamble", index], text }));
  return refs;
}

/** Every narrative paragraph (parts 一, 五, 六, sub-part headings included). */
export function narrativeText(report: Report): TextRef[] {
  return [
    ...sectionParagraphs(report, "overview"),
    ...sectionParagraphs(report, "problemsAndImprovements"),
    ...sectionParagraphs(report, "otherMatters"),
  ];
}

/** Title, preamble, narrative and the signing organ: all free text of the report. */
export function allText(report: Report): TextRef[] {
  const refs = [...frontMatter(report), ...narrativeText(report)];
  if (report.signature !== undefined) refs.push({ path: ["signature", "organ"], text: report.signature.organ });
  return refs;
}

/**
 * The characters of `long` left over when `short` is matched in order (发展和改革局 against
 * 发改局: 展和革), or `undefined` when `short` is not an in-order abbreviation of `long`.
 */
function leftOver(short: string, long: string): string | undefined {
  let at = 0;
  let skipped = "";
  for (const character of long) {
    if (at < short.length && character === short[at]) at++;
    else skipped += character;
  }
  return at === short.length ? skipped : undefined;
}

/** Characters of administrative divisions: dropping one names another place (淮安市 ≠ 淮安市洪泽区). */
const DIVISION = /[省市县区州盟旗镇乡村]|街道/;

const OFFICE_SUFFIX = /(?:办公厅|办公室|政务公开办公室|政务服务管理办公室)$/;

/**
 * Whether two names plausibly denote the same issuer: equal, one containing the other (the
 * government and its general office, 平潭综合实验区 and its 管理委员会), or the shorter an
 * in-order abbreviation of the longer (沭阳县发改局 for 沭阳县发展和改革局) sharing its first two
 * characters and dropping no division name (淮安市人民政府 is not 淮安市洪泽区人民政府).
 */
export function sameIssuer(a: string, b: string): boolean {
  const left = normalise(a).replace(OFFICE_SUFFIX, "");
  const right = normalise(b).replace(OFFICE_SUFFIX, "");
  if (left === "" || right === "") return false;
  if (left.includes(right) || right.includes(left)) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  if (short.slice(0, 2) !== long.slice(0, 2)) return false;
  const skipped = leftOver(short, long);
  return skipped !== undefined && !DIVISION.test(skipped);
}

/** ISO date of year-month-day. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
