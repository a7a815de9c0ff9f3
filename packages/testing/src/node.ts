/**
 * @xxgk/testing/node — the parts of the test support that need Node's file system: the real reports
 * of the shared corpus.
 */
export {
  corpusEntries,
  repositoryRoot,
  requireSharedDir,
  sharedCorpusDir,
  type SharedCorpusEntry,
  type SharedCorpusViolation,
} from "./reports.js";
