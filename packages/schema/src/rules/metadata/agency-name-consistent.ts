/**
 * meta-agency-name-consistent — the title, the body and the signature speak for the same agency.
 * Another unit's name as the compiler or as the subject of part 一 suggests the text was copied
 * from another unit's report.
 *
 * Names count as the same issuer when one contains the other (a government and its general
 * office), or when one abbreviates the other (沭阳县发改局 for 沭阳县发展和改革局); see
 * `sameIssuer`. Every finding is a warning.
 */
import { narrativeText } from "../narrative-text.js";
import type { Rule } from "../types.js";
import { normalise, normalisedPreamble, sameIssuer } from "./text.js";

/** Suffixes of organ names: only a phrase ending in one of these is read as a unit's name. */
const ORGAN = "(?:人民政府|政府|办公厅|办公室|委员会|管理委员会|局|厅|委|办|中心|街道办事处|街道|镇|乡|院|所|站|队)";

/** 本报告由 X 根据…编制 / 本报告由 X 编制: X is the compiler. */
const COMPILER = new RegExp(`(?:本(?:年度)?报告|本年报)由(.{2,40}?${ORGAN})(?:根据|依据|按照|依照|编制|负责)`);

/** 2024年，X坚持…: X is the subject of part 一's opening sentence. */
const SUBJECT = new RegExp(
  `^(?:\\d{4}年度?[，,])(.{3,30}?${ORGAN})(?:坚持|认真|深入|全面|严格|紧紧|始终|按照|围绕|持续|进一步|积极|高度|以)`,
);

export const metaAgencyNameConsistent: Rule = {
  id: "meta-agency-name-consistent",
  kind: "metadata",
  severity: "warning",
  title: { zh: "标题、正文与落款的机关名称一致", en: "Title, body and signature name the same agency" },
  check(context) {
    const { report } = context;
    const agency = report.agency;
    let inputs = 0;

    if (report.title !== undefined) {
      inputs++;
      context.checked();
      if (!normalise(report.title).includes(normalise(agency)) && !sameIssuer(report.title.replace(/\d{4}.*$/s, ""), agency)) {
        context.flag({
          path: ["title"],
          expected: agency,
          actual: report.title,
          message: {
            zh: `标题“${report.title}”中没有机关名称“${agency}”`,
            en: `the title "${report.title}" does not name the agency "${agency}"`,
          },
        });
      }
    }

    if (report.signature !== undefined) {
      inputs++;
      context.checked();
      if (!sameIssuer(report.signature.organ, agency)) {
        context.flag({
          path: ["signature", "organ"],
          expected: agency,
          actual: report.signature.organ,
          message: {
            zh: `落款机关“${report.signature.organ}”与报告机关“${agency}”不一致`,
            en: `the signature "${report.signature.organ}" is not the report's agency "${agency}"`,
          },
        });
      }
    }

    const candidates = [
      ...normalisedPreamble(context).map((normalised, index) => ({
        path: ["preamble", index],
        normalised,
        pattern: COMPILER,
        role: "编制机关",
        roleEn: "compiler",
      })),
      ...narrativeText(context)
        .paragraphs("overview")
        .slice(0, 3)
        .map((ref) => ({ path: ref.path, normalised: normalise(ref.text), pattern: SUBJECT, role: "总体情况的主语", roleEn: "subject of part 一" })),
    ];
    if (report.preamble !== undefined || report.narrative?.overview !== undefined) {
      inputs++;
      context.checked();
    }
    for (const candidate of candidates) {
      const match = candidate.pattern.exec(candidate.normalised);
      const named = match?.[1];
      if (named === undefined) continue;
      // Pronoun-like subjects (我市, 全区, 本局, 市政府) name no other unit.
      if (/^(?:我|本|全|各|市|区|县|省)/.test(named)) continue;
      if (sameIssuer(named, agency)) continue;
      context.flag({
        path: candidate.path,
        expected: agency,
        actual: named,
        message: {
          zh: `${candidate.role}写作“${named}”，与报告机关“${agency}”不一致，可能沿用了其他单位的文本`,
          en: `the ${candidate.roleEn} is "${named}", not the report's agency "${agency}"; the text may be copied from another unit`,
        },
      });
    }

    if (inputs === 0) {
      context.skip({
        zh: "报告没有标题、导语、正文和落款（仅有表格），无法核对机关名称",
        en: "the report has no title, preamble, narrative or signature (tables only)",
      });
    }
  },
};
