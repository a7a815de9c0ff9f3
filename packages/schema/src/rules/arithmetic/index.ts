import type { Rule } from "../types.js";
import { t2E19NewWithinTotal } from "./t2-e19-new-within-total.js";
import { t3ApplicantColumnsSum } from "./t3-applicant-columns-sum.js";
import { t3BalancePerColumn } from "./t3-balance-per-column.js";
import { t3ResultsSum } from "./t3-results-sum.js";
import { t3SplitCellHint } from "./t3-split-cell-hint.js";
import { t4RowSum } from "./t4-row-sum.js";

/** The arithmetic rules, in catalogue order. */
export const arithmeticRules: readonly Rule[] = [
  t3BalancePerColumn,
  t3ResultsSum,
  t3ApplicantColumnsSum,
  t4RowSum,
  t3SplitCellHint,
  t2E19NewWithinTotal,
];
