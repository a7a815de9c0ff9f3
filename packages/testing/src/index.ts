/**
 * @xxgk/testing — test support for the xxgk monorepo (private): realistic generated reports and
 * fast-check arbitraries, the runner of the fuzz suites, and the benchmark harness.
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
export { assertFuzz, FUZZ_RUNS, FUZZ_SEED, FUZZ_TIMEOUT, slowFuzzRuns } from "./fuzzing.js";
export { benchTable, measure, measureMedian, type BenchTarget, type Measurement, type MeasureOptions, type MedianOptions } from "./bench.js";
