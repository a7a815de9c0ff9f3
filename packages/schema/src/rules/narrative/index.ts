import type { Rule } from "../types.js";
import { nAgencySpecificContent } from "./agency-specific-content.js";
import { nSection5ProblemsAndMeasures, nSection5Specific } from "./section5.js";
import { nSection6AnnualPriorities, nSection6Fee, nSection6Innovation, nSection6NpcCppcc } from "./section6.js";

/** The narrative rules, in catalogue order. */
export const narrativeRules: readonly Rule[] = [
  nSection5ProblemsAndMeasures,
  nSection5Specific,
  nSection6Fee,
  nSection6NpcCppcc,
  nSection6AnnualPriorities,
  nSection6Innovation,
  nAgencySpecificContent,
];
