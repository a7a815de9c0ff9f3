/**
 * Every implemented rule, in catalogue order. Presets and severity overrides select from this list.
 */
import { arithmeticRules } from "./arithmetic/index.js";
import { catalogueIds } from "./catalogue.js";
import { crossSectionRules } from "./cross-section/index.js";
import { crossYearRules } from "./cross-year/index.js";
import { metadataRules } from "./metadata/index.js";
import { narrativeRules } from "./narrative/index.js";
import type { Rule } from "./types.js";

const order = (rule: Rule) => {
  const index = catalogueIds.indexOf(rule.id);
  return index === -1 ? catalogueIds.length : index;
};

export const rules: readonly Rule[] = [
  ...metadataRules,
  ...arithmeticRules,
  ...crossSectionRules,
  ...crossYearRules,
  ...narrativeRules,
].sort((a, b) => order(a) - order(b));

export function getRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
