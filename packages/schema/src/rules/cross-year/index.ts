import type { Rule } from "../types.js";
import { yCarryoverChain } from "./carryover-chain.js";
import { yDuplicateVersions } from "./duplicate-versions.js";
import { yE19ProjectRollforward } from "./e19-project-rollforward.js";
import { yEditionTransition } from "./edition-transition.js";
import { yIdenticalNumbers } from "./identical-numbers.js";
import { yNarrativeCopy } from "./narrative-copy.js";
import { yProblemsRepeat } from "./problems-repeat.js";
import { yRegsStockRollforward } from "./regs-stock-rollforward.js";
import { yYoyComparison } from "./yoy-comparison.js";

/** The cross-year rules, in catalogue order. */
export const crossYearRules: readonly Rule[] = [
  yCarryoverChain,
  yRegsStockRollforward,
  yE19ProjectRollforward,
  yEditionTransition,
  yIdenticalNumbers,
  yNarrativeCopy,
  yProblemsRepeat,
  yYoyComparison,
  yDuplicateVersions,
];
