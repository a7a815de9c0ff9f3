/**
 * @xxgk/testing — test support for the xxgk monorepo (private): realistic generated reports and
 * fast-check arbitraries.
 */
export { Random } from "./random.js";
export { randomAgency, hasRuleMakingPower, isGovernment, type Agency } from "./agencies.js";
export {
  flawRules,
  flaws,
  generate,
  generateCorpus,
  generateReport,
  generateSeries,
  type CorpusEntry,
  type CorpusOptions,
  type Flaw,
  type Generated,
  type GenerateOptions,
  type Injected,
  type SeriesOptions,
} from "./generate.js";
export { anyJson, flawedReport, hostileReport, hostileText, mutatedReportJson, validReport } from "./arbitraries.js";
