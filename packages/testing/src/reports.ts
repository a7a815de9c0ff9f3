/**
 * The real reports of the shared corpus beside the repository (`../shared/corpus`), read for tests.
 * Paths are found from this file, so any package's tests can use them. Part of
 * `@xxgk/testing/node` (it reads files).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

/** The checkout's root (this file sits in `packages/testing/src`, or `dist` once built). */
export const repositoryRoot = resolve(import.meta.dirname, "../../..");
/** The shared corpus, beside the repository: extracted texts, expected reports, real files. */
export const sharedCorpusDir = resolve(repositoryRoot, "../shared/corpus");

export interface SharedCorpusViolation {
  readonly rule: string;
  readonly message: string;
  readonly column?: string;
  readonly rows?: readonly string[];
}

export interface SharedCorpusEntry {
  /** File name without `.expected.json`, e.g. `05-pingtan-2020`. */
  readonly name: string;
  /** The report as JSON, its corpus annotations (`notes`, `violations`) stripped; not parsed. */
  readonly report: Record<string, unknown>;
  /** The violations the corpus expects the validator to find. */
  readonly violations: readonly SharedCorpusViolation[];
  /** The extracted text of the published report (`<name>.txt`). */
  readonly text: string;
}

/** Throws (never skips) when a folder of the shared checkout is missing. */
export function requireSharedDir(dir: string): void {
  if (!existsSync(dir)) {
    throw new Error(`The shared corpus is missing: ${dir}. Check out the shared folder beside the repository.`);
  }
}

/** Every `*.expected.json` of the shared corpus, by name, with its text; throws when the folder is missing. */
export function corpusEntries(dir: string = sharedCorpusDir): SharedCorpusEntry[] {
  requireSharedDir(dir);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".expected.json"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, "");
      const { notes: _notes, violations, ...report } = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        notes?: unknown;
        violations?: SharedCorpusViolation[];
      } & Record<string, unknown>;
      return { name, report, violations: violations ?? [], text: readFileSync(join(dir, `${name}.txt`), "utf8") };
    });
}

export interface SharedCorpusFile {
  /** The real file's name in `files/`, e.g. `huaian-shi-2024.pdf`. */
  readonly file: string;
  /** The `*.expected.json` of its report, e.g. `02-huaian-shi-2024.expected.json`. */
  readonly expected: string;
}

/** The real files of the shared corpus (`files/INDEX.tsv`), each with the expected report it names. */
export function corpusFiles(dir: string = sharedCorpusDir): SharedCorpusFile[] {
  requireSharedDir(dir);
  const [header = "", ...rows] = readFileSync(join(dir, "files", "INDEX.tsv"), "utf8").trim().split("\n");
  const columns = header.split("\t");
  const fileColumn = columns.indexOf("file");
  const expectedColumn = columns.indexOf("expected_json");
  return rows.map((row) => {
    const cells = row.split("\t");
    return { file: cells[fileColumn]!, expected: cells[expectedColumn]!.split(" ")[0]! };
  });
}
