import type { Rule } from "../types.js";

/** Cross-section rules between the narrative parts and the tables. */
export const crossSectionNarrativeRules: readonly Rule[] = [];
