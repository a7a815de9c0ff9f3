/**
 * @xxgk/testing/node — the parts of the test support that need Node's file system: the real reports
 * of the shared corpus, and the bundled example and `@xxgk/schema`'s fixture reports.
 */
export {
  corpusEntries,
  corpusFiles,
  repositoryRoot,
  requireSharedDir,
  sharedCorpusDir,
  type SharedCorpusEntry,
  type SharedCorpusFile,
  type SharedCorpusViolation,
} from "./reports.js";
export { examplePath, exampleReport, fixtureReports, fixtureReportsDir, readReport, testReports, type NamedReport } from "./fixtures.js";
export { CHROMIUM_LAUNCH_ARGS, CHROMIUM_PATH } from "./chromium.js";
