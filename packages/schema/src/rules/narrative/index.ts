import type { Rule } from "../types.js";

/** The narrative rules, in catalogue order. */
export const narrativeRules: readonly Rule[] = [];
