import type { Rule } from "../types.js";

/** The metadata rules, in catalogue order. */
export const metadataRules: readonly Rule[] = [];
