import type { Rule } from "../types.js";
import { xFeeHasBasis, xFeeNoticeVsSection6 } from "./x-fee-rules.js";
import { xGovAccountability } from "./x-gov-accountability.js";
import { xNarrativeAppsVsT3 } from "./x-narrative-apps-vs-t3.js";
import { xNarrativeReviewLitigation } from "./x-narrative-review-litigation.js";
import { xNarrativeT2 } from "./x-narrative-t2.js";
import { xNarrativeZeroApps } from "./x-narrative-zero-apps.js";
import { xReviewCorrectionsAcknowledged } from "./x-review-corrections-acknowledged.js";
import { xSection1Subtopics } from "./x-section1-subtopics.js";

/** Cross-section rules between the narrative parts and the tables, in catalogue order. */
export const crossSectionNarrativeRules: readonly Rule[] = [
  xNarrativeAppsVsT3,
  xNarrativeZeroApps,
  xNarrativeReviewLitigation,
  xNarrativeT2,
  xGovAccountability,
  xSection1Subtopics,
  xFeeNoticeVsSection6,
  xFeeHasBasis,
  xReviewCorrectionsAcknowledged,
];
