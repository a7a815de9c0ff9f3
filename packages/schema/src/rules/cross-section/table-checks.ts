import type { Rule } from "../types.js";

/** Cross-section rules between tables, and between tables and the kind of agency. */
export const crossSectionTableRules: readonly Rule[] = [];
