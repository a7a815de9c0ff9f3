/**
 * Text helpers shared by the metadata rules: the report's printed text with paths, normalised for
 * matching (full-width digits and brackets folded, white space removed).
 */
import type { ReportPath } from "../../report/parse.js";
import type { Report } from "../../report/types.js";
import { sectionParagraphs } from "../../text/narrative.js";

/** One piece of printed text with its place in the report. */
export interface TextRef {
  readonly path: ReportPath;
  readonly text: string;
}

/** NFKC (full-width digits and parentheses to ASCII) and no white space. */
export function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

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
