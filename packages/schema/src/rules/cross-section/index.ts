import { crossSectionNarrativeRules } from "./narrative-checks.js";
import { crossSectionTableRules } from "./table-checks.js";
import type { Rule } from "../types.js";

/** The cross-section rules. */
export const crossSectionRules: readonly Rule[] = [...crossSectionTableRules, ...crossSectionNarrativeRules];
