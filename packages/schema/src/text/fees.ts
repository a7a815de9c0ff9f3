/**
 * What part 六 says about the 信息处理费 (国办函〔2020〕109号): whether it mentions the fee, an
 * amount ("全年收取政府信息公开信息处理费 3940 元"), an explicit none ("未收取", "无收取信息处理费情况",
 * "收取…0元", "未发生收费情况"), and the basis it was charged on (按件 / 按量, number of applications).
 */
import { otherMattersTopics } from "../editions/common.js";
import { deniesSubjectInNormalized, findKeyword } from "./keywords.js";
import { normalizeText } from "./numbers.js";

const FEE_TOPIC = otherMattersTopics.find((topic) => topic.id === "processingFees");
/** The 信息处理费 keywords of the format (common.ts), then general wording of charging. */
export const FEE_KEYWORDS: readonly string[] = [...(FEE_TOPIC?.keywords ?? []), "收费", "收取费用"];

export interface FeeStatement {
  /** The keyword that shows the fee is mentioned. */
  readonly keyword: string | undefined;
  /** An amount stated for the fee, in yuan. */
  readonly amountYuan: number | undefined;
  /** The amount as written ("3940元"). */
  readonly amountText: string | undefined;
  /** The text says explicitly that no fee was charged (or an amount of 0). */
  readonly none: boolean;
  /** The text says on what basis or for how many applications the fee was charged. */
  readonly basis: boolean;
  /** The text mentions fee notices or payment (收费通知, 缴费, 缴纳). */
  readonly notices: boolean;
}

const AMOUNT_AFTER = /(?:信息处理费|处理费|收费|费用)[^。；;，,]{0,12}?(\d+(?:\.\d+)?)(万元|元)/;
const AMOUNT_BEFORE = /(\d+(?:\.\d+)?)(万元|元)(?:的)?(?:政府信息公开)?(?:信息)?(?:处理费|费用)/;

export function feeStatement(text: string): FeeStatement {
  return feeStatementInNormalized(normalizeText(text));
}

/** {@link feeStatement} of text that is already {@link normalizeText normalised}. */
export function feeStatementInNormalized(normalized: string): FeeStatement {
  const keyword = findKeyword(normalized, FEE_KEYWORDS);
  const match = AMOUNT_AFTER.exec(normalized) ?? AMOUNT_BEFORE.exec(normalized);
  const amount = match === null ? undefined : Number(match[1]) * (match[2] === "万元" ? 10000 : 1);
  const none =
    amount === 0 ||
    deniesSubjectInNormalized(normalized, ["收取", "收费", "信息处理费", "处理费", "缴费", "费用"]);
  return {
    keyword,
    amountYuan: amount,
    amountText: match === null ? undefined : `${match[1]}${match[2]}`,
    none: none && (amount === undefined || amount === 0),
    basis: /按件|按量|按次|收费标准|标准收取|超出|超过|(?:\d+|[一二两三四五六七八九十]+)(?:件|次|份)(?:申请)?|申请人/.test(normalized),
    notices: /收费通知|缴费|缴纳/.test(normalized),
  };
}
