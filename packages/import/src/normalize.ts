/**
 * Label normalisation — owned by the importer (the schema and the validator stay exact).
 *
 * A published label is compared with a registry label after: NFKC (full-width letters, digits and
 * punctuation become ASCII: （ → (, ： → :), removal of every kind of white space (line breaks and
 * spaces inside cells), one form for look-alike punctuation (、 ． , quotes, dashes), 繁 → 简 for
 * the characters of the format's labels and headings, and the typos seen in real reports.
 */

/**
 * 繁 → 简 for the characters that occur in the labels and headings of the format (and a few
 * frequent neighbours). A small documented table instead of a full converter: labels are a closed
 * vocabulary, and the narrative text is never converted (it is kept as printed).
 */
const TRADITIONAL =
  "報告開與護處機關數總計對資訊條應當規範據經請況決結轉內務國個業務過類權審際須認確書務辦難題問讀監督檢查們內濟統計費開啓為這從時間義實體構務體驗發動環節點區縣鄉鎮廳執復議訴訟維糾紛準產學會員單級聯繫電話處絕補張項劃質決價務現與際實們會關";
const SIMPLIFIED =
  "报告开与护处机关数总计对资讯条应当规范据经请况决结转内务国个业务过类权审际须认确书务办难题问读监督检查们内济统计费开启为这从时间义实体构务体验发动环节点区县乡镇厅执复议诉讼维纠纷准产学会员单级联系电话处绝补张项划质决价务现与际实们会关";
const EXTRA_PAIRS: readonly (readonly [string, string])[] = [
  ["屬", "属"], ["於", "于"], ["險", "险"], ["穩", "稳"], ["權", "权"], ["益", "益"], ["務", "务"],
  ["級", "级"], ["政", "政"], ["訊", "讯"], ["掌", "掌"], ["製", "制"], ["補", "补"], ["後", "后"],
  ["仍", "仍"], ["確", "确"], ["訪", "访"], ["舉", "举"], ["訴", "诉"], ["複", "复"], ["復", "复"],
  ["出", "出"], ["版", "版"], ["無", "无"], ["當", "当"], ["理", "理"], ["量", "量"], ["反", "反"],
  ["覆", "复"], ["獲", "获"], ["取", "取"], ["處", "处"], ["逾", "逾"], ["費", "费"], ["納", "纳"],
  ["收", "收"], ["計", "计"], ["結", "结"], ["轉", "转"], ["繼", "继"], ["續", "续"], ["辦", "办"],
  ["訟", "讼"], ["議", "议"], ["維", "维"], ["持", "持"], ["糾", "纠"], ["正", "正"], ["審", "审"],
  ["經", "经"], ["後", "后"], ["規", "规"], ["範", "范"], ["性", "性"], ["件", "件"], ["制", "制"],
  ["發", "发"], ["廢", "废"], ["現", "现"], ["行", "行"], ["效", "效"], ["許", "许"], ["強", "强"],
  ["處", "处"], ["罰", "罚"], ["採", "采"], ["購", "购"], ["額", "额"], ["項", "项"], ["數", "数"],
  ["況", "况"], ["開", "开"], ["關", "关"], ["係", "系"], ["為", "为"], ["勾", "勾"], ["稽", "稽"],
  ["報", "报"], ["告", "告"], ["總", "总"], ["體", "体"], ["動", "动"], ["構", "构"], ["組", "组"],
  ["織", "织"], ["業", "业"], ["機", "机"], ["學", "学"], ["會", "会"], ["務", "务"], ["請", "请"],
  ["數", "数"], ["預", "预"], ["決", "决"], ["題", "题"], ["進", "进"], ["況", "况"], ["詢", "询"],
  ["問", "问"], ["單", "单"], ["位", "位"], ["萬", "万"], ["圓", "元"], ["與", "与"], ["內", "内"],
  ["類", "类"], ["過", "过"], ["程", "程"], ["執", "执"], ["法", "法"], ["案", "案"], ["卷", "卷"],
  ["查", "查"], ["詢", "询"], ["項", "项"], ["禁", "禁"], ["止", "止"], ["危", "危"], ["及", "及"],
  ["三", "三"], ["安", "安"], ["全", "全"], ["第", "第"], ["條", "条"], ["訊", "讯"], ["現", "现"],
  ["成", "成"], ["需", "需"], ["另", "另"], ["不", "不"], ["明", "明"], ["內", "内"], ["容", "容"],
  ["論", "论"], ["評", "评"], ["責", "责"], ["追", "追"], ["究", "究"], ["其", "其"], ["他", "他"],
  ["需", "需"], ["要", "要"], ["事", "事"], ["項", "项"], ["存", "存"], ["在", "在"], ["主", "主"],
  ["導", "导"], ["贊", "赞"], ["辦", "办"], ["廳", "厅"], ["區", "区"], ["縣", "县"], ["鄉", "乡"],
  ["鎮", "镇"], ["館", "馆"], ["員", "员"], ["務", "务"], ["勞", "劳"], ["衛", "卫"], ["醫", "医"],
  ["療", "疗"], ["稅", "税"], ["財", "财"], ["環", "环"], ["護", "护"], ["農", "农"], ["門", "门"],
  ["戶", "户"], ["網", "网"], ["站", "站"], ["頁", "页"], ["來", "来"], ["時", "时"], ["間", "间"],
];

const toSimplified = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) {
  const from = TRADITIONAL[i]!;
  const to = SIMPLIFIED[i]!;
  if (from !== to) toSimplified.set(from, to);
}
for (const [from, to] of EXTRA_PAIRS) if (from !== to) toSimplified.set(from, to);

/** One form for punctuation that publications use interchangeably (after NFKC). */
const PUNCTUATION: Readonly<Record<string, string>> = {
  "、": ".",
  "．": ".",
  "。": ".",
  "，": ",",
  "“": '"',
  "”": '"',
  "‘": '"',
  "’": '"',
  "「": '"',
  "」": '"',
  "〔": "(",
  "〕": ")",
  "【": "(",
  "】": ")",
  "［": "(",
  "］": ")",
  "[": "(",
  "]": ")",
  "—": "-",
  "–": "-",
  "－": "-",
  "‐": "-",
  "−": "-",
  "／": "/",
  "﹙": "(",
  "﹚": ")",
};

const WHITE = /[\s\u00a0\u3000\u200b\ufeff|]/u;

/**
 * Normalised form of every BMP code unit met so far (a flat table: one array read per character
 * instead of a map lookup, as every character of every input goes through here).
 */
const bmpTable: (string | undefined)[] = new Array<string | undefined>(0x10000);
const astralCache = new Map<string, string>();

/** Normalises one character (one code point) for matching; "" for characters that matching ignores. */
export function normaliseChar(char: string): string {
  if (char.length === 1) {
    const code = char.charCodeAt(0);
    const cached = bmpTable[code];
    if (cached !== undefined) return cached;
    const out = normaliseCharUncached(char);
    bmpTable[code] = out;
    return out;
  }
  const cached = astralCache.get(char);
  if (cached !== undefined) return cached;
  const out = normaliseCharUncached(char);
  if (astralCache.size < 20000) astralCache.set(char, out);
  return out;
}

function normaliseCharUncached(char: string): string {
  if (WHITE.test(char)) return "";
  let result = "";
  for (const c of char.normalize("NFKC")) {
    if (WHITE.test(c)) continue;
    const simplified = toSimplified.get(c) ?? c;
    result += PUNCTUATION[simplified] ?? simplified;
  }
  return result;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Normalises a label or any text for comparison. */
export function normaliseLabel(text: string): string {
  // most characters normalise to themselves: the text is taken as it is up to the first that does not
  let same = 0;
  while (same < text.length) {
    const code = text.charCodeAt(same);
    if (code >= 0xd800 && code <= 0xdfff) break;
    const normalised = bmpTable[code] ?? normaliseChar(text[same]!);
    if (normalised.length !== 1 || normalised.charCodeAt(0) !== code) break;
    same++;
  }
  if (same === text.length) return text;
  let out = text.slice(0, same);
  for (let index = same; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      out += normaliseChar(text.slice(index, index + 2));
      index++;
      continue;
    }
    out += bmpTable[code] ?? normaliseChar(text[index]!);
  }
  return out;
}

/** Text with white space removed and characters normalised, and where each character came from. */
export interface CompactText {
  readonly text: string;
  /** `source[i]` is the index in the original string of compact character `i`. */
  readonly source: ArrayLike<number>;
  /** `sourceEnd[i]`: the index just after the original character of compact character `i`. */
  readonly sourceEnd: ArrayLike<number>;
}

/** Code units turned into a string per call of `String.fromCharCode` (well under the argument limit). */
const CHUNK = 8192;

export function compact(original: string): CompactText {
  // a character never normalises to more than a few (NFKC of ligatures, ㍿ …): grow when needed
  let units = new Uint16Array(original.length + 16);
  let source = new Int32Array(original.length + 16);
  let sourceEnd = new Int32Array(original.length + 16);
  let length = 0;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    let normalised: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(original.charCodeAt(index + 1))) {
      normalised = normaliseChar(original.slice(index, index + 2));
      width = 2;
    } else {
      normalised = bmpTable[code] ?? normaliseChar(original[index]!);
    }
    if (normalised.length > 0) {
      if (length + normalised.length > source.length) {
        const size = source.length * 2 + normalised.length;
        units = grown(units, new Uint16Array(size));
        source = grown(source, new Int32Array(size));
        sourceEnd = grown(sourceEnd, new Int32Array(size));
      }
      for (let k = 0; k < normalised.length; k++) {
        units[length] = normalised.charCodeAt(k);
        source[length] = index;
        sourceEnd[length] = index + width;
        length++;
      }
    }
    index += width - 1;
  }
  let text = "";
  // Reflect.apply reads the typed array as the argument list directly (a spread would iterate it)
  for (let at = 0; at < length; at += CHUNK) text += Reflect.apply(String.fromCharCode, undefined, units.subarray(at, Math.min(length, at + CHUNK))) as string;
  return { text, source: source.subarray(0, length), sourceEnd: sourceEnd.subarray(0, length) };
}

function grown<T extends Uint16Array | Int32Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

/**
 * Typos and variants seen in real reports, by the id of the row whose label they stand for (the
 * canonical label itself always comes from the registry). Normalised form.
 */
export const LABEL_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  // 淮安市洪泽区 2024: "2.其他法律行政止公开"
  deniedProhibitedByLaw: ["其他法律行政止公开", "其他法律、行政法规禁止公开", "其他法律法规禁止公开"],
  // the 2021 sub-rows are often printed with "，" for "、"
  otherNoCorrection: ["申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请"],
  otherFeeNotPaid: ["申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请"],
};

/** Numbering in front of a label: 一、 （一） 1. 1、 (1). Returns [numbering, rest]. */
export function splitNumbering(label: string): [string, string] {
  const match = /^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.、．]|（\d+）|\(\d+\))/u.exec(label);
  if (match === null) return ["", label];
  return [match[0], label.slice(match[0].length)];
}
