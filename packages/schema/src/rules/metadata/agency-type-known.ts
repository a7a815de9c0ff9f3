/**
 * meta-agency-type-known — the validator knows the issuer's kind (`agencyKind`). Without it the
 * rules that depend on it (`x-regs-rule-making-power`, `meta-deadline`, `x-gov-accountability`)
 * fall back to info, so a missing kind is an info note that names them.
 */
import { agencyKindDefinitions } from "../../report/agency.js";
import type { Rule } from "../types.js";

// The list of kinds the message offers, built once.
const kinds = agencyKindDefinitions.map((kind) => `${kind.id}（${kind.label}）`).join("、");
const kindsEn = agencyKindDefinitions.map((kind) => `${kind.id} (${kind.labelEn})`).join(", ");

export const metaAgencyTypeKnown: Rule = {
  id: "meta-agency-type-known",
  kind: "metadata",
  severity: "info",
  title: { zh: "已知发布机关的层级和类别", en: "The issuer's level and kind are known" },
  check(context) {
    context.checked();
    if (context.report.agencyKind !== undefined) return;
    context.flag({
      path: ["agencyKind"],
      actual: null,
      message: {
        zh: `未填机关类别 agencyKind，规章制定权（x-regs-rule-making-power）、公布期限（meta-deadline）、政府考核追责（x-gov-accountability）等规则只能给出提示；可选：${kinds}`,
        en: `agencyKind is not set, so x-regs-rule-making-power, meta-deadline and x-gov-accountability can only give notes; one of: ${kindsEn}`,
      },
    });
  },
};
