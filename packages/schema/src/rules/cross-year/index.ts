import type { Rule } from "../types.js";

/** The cross-year rules, in catalogue order. */
export const crossYearRules: readonly Rule[] = [];
