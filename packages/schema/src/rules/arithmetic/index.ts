import type { Rule } from "../types.js";
import { t3BalancePerColumn } from "./t3-balance-per-column.js";

/** The arithmetic rules, in catalogue order. */
export const arithmeticRules: readonly Rule[] = [t3BalancePerColumn];
