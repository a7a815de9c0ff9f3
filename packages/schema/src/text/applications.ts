/**
 * Phrases about applications (依申请公开) and what table-three figure they quote:
 * "收到政府信息公开申请75件" (received), "答复…805件（含上年度结转申请18件，另有72件…顺延到下年度答复）",
 * "予以公开及部分公开258件", "无法提供265件" …
 */
import { extractCounts, keywordTable, lastKeyword, type CountMention } from "./counts.js";
import { anyOf, writesOtherYear } from "./written-years.js";

/** What a count in the text says about table three. */
export type ApplicationConcept =
  | "newReceived"
  | "carriedOver"
  | "resultsTotal"
  | "carriedForward"
  | "grantedOrPartial"
  | "granted"
  | "partiallyGranted"
  | "denied"
  | "unableToProvide"
  | "notProcessed"
  | "otherHandling";

interface ConceptKeywords {
  readonly value: { readonly concept: ApplicationConcept; readonly explicit: boolean };
  readonly keywords: readonly string[];
}

const concept = (name: ApplicationConcept, explicit: boolean, keywords: readonly string[]): ConceptKeywords => ({
  value: { concept: name, explicit },
  keywords,
});

const CARRIED_FORWARD_EXPLICIT = [
  "结转下年度",
  "结转下一年度",
  "结转到下年",
  "结转至下年",
  "结转到下一年",
  "结转至下一年",
  "结转入下年",
  "转入下年",
  "结转到次年",
  "结转至次年",
];
const CARRIED_FORWARD_LOOSE = ["顺延到下年", "顺延至下年", "顺延到下一年", "顺延至下一年", "延期至下年", "延至下年", "顺延到次年", "顺延至次年"];

/**
 * Keywords by concept. Explicit keywords are the table's own labels (本年新收, 上年结转, 予以公开 …);
 * loose ones are verbs reports use with varying meaning (受理, 收到, 答复, 办结).
 */
const CONCEPTS: readonly ConceptKeywords[] = keywordTable([
  concept("newReceived", true, ["本年新收", "新收"]),
  concept("newReceived", false, ["受理", "收到", "接收", "接到"]),
  concept("carriedOver", true, ["上年结转", "上年度结转", "上一年结转", "上一年度结转", "结转上年", "上年遗留", "上年度遗留"]),
  concept("resultsTotal", false, ["办结", "答复", "办理完毕", "处理完毕", "已办理"]),
  concept("carriedForward", true, CARRIED_FORWARD_EXPLICIT),
  concept("carriedForward", false, CARRIED_FORWARD_LOOSE),
  concept("grantedOrPartial", true, [
    "予以公开及部分公开",
    "予以公开和部分公开",
    "予以公开或部分公开",
    "予以公开、部分公开",
    "公开及部分公开",
    "公开和部分公开",
    "全部或部分公开",
    "全部和部分公开",
    "全部及部分公开",
  ]),
  concept("granted", true, ["予以公开", "全部公开"]),
  concept("partiallyGranted", true, ["部分公开"]),
  concept("denied", true, ["不予公开"]),
  concept("unableToProvide", true, ["无法提供"]),
  concept("notProcessed", true, ["不予处理"]),
  concept("otherHandling", true, ["其他处理"]),
]);

/** Between the keyword and the number, these words mean the number is not the table's figure. */
const BREAKERS = [
  "较",
  "比",
  "同比",
  "环比",
  "增加",
  "减少",
  "增长",
  "下降",
  "上升",
  "回落",
  "累计",
  "分别",
  "平均",
  "诉求",
  "问政",
  "留言",
  "咨询",
  "来电",
  "来信",
  "建议",
  "提案",
  "投诉",
  "举报",
  "热线",
  "网民",
  "复议",
  "诉讼",
  "人次",
];

/** "各1件", "各为…": one number for several things. */
const EACH = /各(?:为|有|计|[\d零〇一二两三四五六七八九十])/;

/** {@link BREAKERS} as one pattern: one pass over the text instead of one search per word. */
const ANY_BREAKER = anyOf(BREAKERS);

function breaks(text: string): boolean {
  return ANY_BREAKER.test(text) || EACH.test(text);
}

/** The quote starts at the clause that holds the keyword: "（17.46%），不予公开20件" → "不予公开20件". */
function clauseFrom(lead: string, keywordStart: number): string {
  // just after the last of ，,：:）)；;（( before the keyword
  let cut = Math.min(keywordStart, lead.length);
  while (cut > 0 && !CLAUSE_BREAKS.includes(lead[cut - 1]!)) cut--;
  return lead.slice(cut);
}

const CLAUSE_BREAKS = "，,：:）)；;（(";

const OTHER_YEAR_WORDS = ["上年", "去年", "上一年", "前年", "往年"];

export interface ApplicationStatement {
  readonly concept: ApplicationConcept;
  readonly value: number;
  /** Tied to a table label (本年新收, 上年结转, 予以公开 …) rather than a loose verb. */
  readonly explicit: boolean;
  /** The keyword the number was tied to. */
  readonly keyword: string;
  /** The phrase to quote. */
  readonly phrase: string;
}

export interface ApplicationStatementOptions {
  /** Years other than this one in the lead-up mean the number is about another year. */
  readonly reportYear?: number;
  /**
   * The paragraph is about applications (a sub-part on 依申请公开, or a paragraph that says
   * 申请): outcome words then count even in a sentence that does not repeat 申请.
   */
  readonly applicationContext?: boolean;
}

function mentionsApplications(text: string): boolean {
  if (!text.includes("申请")) return false; // both tests below need it
  return text.replace(/申请人/g, "").includes("申请") || text.includes("依申请");
}

function otherYear(text: string, reportYear: number | undefined): boolean {
  if (reportYear === undefined) return false;
  return writesOtherYear(text, reportYear);
}

/**
 * A statement a count may make, before the paragraph is taken into account: whether it needs the
 * paragraph to be about applications (an outcome word in a sentence that does not say 申请).
 */
export interface ApplicationCandidate {
  readonly statement: ApplicationStatement;
  readonly needsApplicationContext: boolean;
}

const CARRIED_FORWARD_WORDS = [...CARRIED_FORWARD_EXPLICIT, ...CARRIED_FORWARD_LOOSE];

/** What joins two outcomes that share one number: `/^[、和及与或]$/` of the text between them. */
const SHARED_NUMBER_JOINERS = "、和及与或";

function candidateFor(mention: CountMention, reportYear: number | undefined): ApplicationCandidate | undefined {
  if (mention.unit !== "件") return undefined;
  const lead = mention.beforeMasked;
  const hit = lastKeyword(lead, CONCEPTS);
  let found: { concept: ApplicationConcept; explicit: boolean; keyword: string } | undefined;
  let phrase = mention.phrase;
  if (hit !== undefined) {
    const between = lead.slice(hit.end);
    if (breaks(between)) return undefined;
    // "不予公开、无法提供35件": two outcomes share one number.
    const prior = lead.slice(0, hit.end - hit.keyword.length);
    const priorHit = lastKeyword(prior, CONCEPTS);
    if (priorHit !== undefined && prior.length === priorHit.end + 1 && SHARED_NUMBER_JOINERS.includes(prior[priorHit.end]!)) {
      return undefined;
    }
    found = { concept: hit.value.concept, explicit: hit.value.explicit, keyword: hit.keyword };
    const keywordStart = mention.before.lastIndexOf(hit.keyword);
    phrase = `${clauseFrom(mention.before, Math.max(keywordStart, 0))}${mention.token}`;
  } else {
    // "另有72件申请按照《条例》顺延到下年度答复": the number comes first.
    const after = mention.after;
    // every word of the list says 年
    const forward = after.includes("年") ? CARRIED_FORWARD_WORDS.find((word) => after.includes(word)) : undefined;
    if (forward === undefined) return undefined;
    if (breaks(lead)) return undefined;
    found = { concept: "carriedForward", explicit: CARRIED_FORWARD_EXPLICIT.includes(forward), keyword: forward };
    phrase = `${mention.phrase}${after}`;
  }
  // a written year and every word of OTHER_YEAR_WORDS say 年
  if (lead.includes("年")) {
    if (otherYear(lead, reportYear)) return undefined;
    if (found.concept !== "carriedOver" && OTHER_YEAR_WORDS.some((word) => lead.includes(word))) return undefined;
  }
  const aboutApplications = mentionsApplications(`${mention.sentencePrefix}${mention.after}`);
  if ((found.concept === "newReceived" || found.concept === "resultsTotal") && !aboutApplications) return undefined;
  return {
    statement: { concept: found.concept, explicit: found.explicit, keyword: found.keyword, value: mention.value, phrase },
    needsApplicationContext: !aboutApplications && found.concept !== "newReceived" && found.concept !== "resultsTotal",
  };
}

/** The statements about table three in one paragraph. */
export function applicationStatements(
  text: string,
  options: ApplicationStatementOptions = {},
): ApplicationStatement[] {
  return applicationStatementsIn(extractCounts(text), options);
}

/**
 * The {@link ApplicationCandidate}s of a paragraph's counts (件): what {@link applicationStatementsIn}
 * keeps of them depends only on `applicationContext`, so rules that differ in it share these.
 */
export function applicationCandidatesIn(mentions: readonly CountMention[], reportYear: number | undefined): ApplicationCandidate[] {
  const candidates: ApplicationCandidate[] = [];
  for (const mention of mentions) {
    const candidate = candidateFor(mention, reportYear);
    if (candidate !== undefined) candidates.push(candidate);
  }
  return candidates;
}

/** The statements of `candidates` that hold in a paragraph with or without `applicationContext`. */
export function statementsOf(candidates: readonly ApplicationCandidate[], applicationContext: boolean | undefined): ApplicationStatement[] {
  const statements: ApplicationStatement[] = [];
  for (const candidate of candidates) {
    if (!candidate.needsApplicationContext || applicationContext === true) statements.push(candidate.statement);
  }
  return statements;
}

/** {@link applicationStatements} of a paragraph whose counts (件) are already extracted. */
export function applicationStatementsIn(
  mentions: readonly CountMention[],
  options: ApplicationStatementOptions = {},
): ApplicationStatement[] {
  return statementsOf(applicationCandidatesIn(mentions, options.reportYear), options.applicationContext);
}

/**
 * Whether the text says that no applications were received: "本年度未收到政府信息公开申请",
 * "2020 年度无依申请公开的信息", "没有收到依申请公开申请". Returns the phrase, or `undefined`.
 */
export function noApplicationsPhrase(text: string): string | undefined {
  return noApplicationsPhraseInNormalized(text.replace(/\s+/g, ""));
}

/**
 * {@link noApplicationsPhrase} of text without white space (a paragraph's `normalized` text, as
 * the rules read it), which it would only take out again.
 */
export function noApplicationsPhraseInNormalized(normalized: string): string | undefined {
  if (!normalized.includes("申请")) return undefined; // every wording below says 申请
  for (const pattern of NO_APPLICATIONS) {
    const match = pattern.exec(normalized);
    if (match !== null) return match[0];
  }
  return undefined;
}

/** The wordings of {@link noApplicationsPhrase}, in the order they are tried (no `g` flag: shared safely). */
const NO_APPLICATIONS: readonly RegExp[] = [
  /(?:未|没有|尚未)(?:收到|受理|接到|接收|发生|产生|有)(?:过)?(?:任何)?(?:(?:公民|法人|其他组织|、|和|或|及)+(?:提出)?的?)?(?:政府信息公开|信息公开|依申请公开|依申请)?(?:的)?申请(?!人)/,
  /(?:无|暂无)(?:任何)?(?:政府信息公开|信息公开)?(?:的)?(?:依申请公开|依申请|政府信息公开申请|信息公开申请)(?!人)/,
  /(?:依申请公开|政府信息公开申请|信息公开申请)(?:数量|件数)?(?:为)?(?:0|零)件?(?![\d.])/,
];
