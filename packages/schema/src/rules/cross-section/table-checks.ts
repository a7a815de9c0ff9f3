import type { Rule } from "../types.js";
import { xAggregateCoverage } from "./aggregate-coverage.js";
import { xLitigationWithoutApps } from "./litigation-without-apps.js";
import { xRegsRuleMakingPower } from "./regs-rule-making-power.js";
import { xNormativeDocsTownship, xTownshipPowersNotFlagged } from "./township.js";

/** Cross-section rules between tables, and between tables and the kind of agency. */
export const crossSectionTableRules: readonly Rule[] = [
  xRegsRuleMakingPower,
  xTownshipPowersNotFlagged,
  xNormativeDocsTownship,
  xLitigationWithoutApps,
  xAggregateCoverage,
];
