/**
 * The real reports of `shared/corpus`, read for tests. The folder sits beside the repository
 * (`../shared`); a missing folder fails the tests that need it rather than skipping them.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = resolve(here, "../../..");
export const sharedDir = resolve(repositoryRoot, "../shared");
export const corpusDir = join(sharedDir, "corpus");
export const specDir = join(sharedDir, "spec");

export interface CorpusViolation {
  readonly rule: string;
  readonly message: string;
  readonly column?: string;
  readonly rows?: readonly string[];
}

export interface CorpusEntry {
  /** File name without `.expected.json`, e.g. `05-pingtan-2020`. */
  readonly name: string;
  /** The report, corpus annotations (`notes`, `violations`) stripped. */
  readonly report: Record<string, unknown>;
  readonly violations: readonly CorpusViolation[];
  /** The extracted text of the published report. */
  readonly text: string;
}

function requireDir(dir: string): void {
  if (!existsSync(dir)) {
    throw new Error(`The shared corpus is missing: ${dir}. Check out the shared folder beside the repository.`);
  }
}

export function corpusEntries(): CorpusEntry[] {
  requireDir(corpusDir);
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith(".expected.json"))
    .sort()
    .map((file) => {
      const name = file.replace(/\.expected\.json$/, "");
      const { notes: _notes, violations, ...report } = JSON.parse(readFileSync(join(corpusDir, file), "utf8")) as {
        notes?: unknown;
        violations?: CorpusViolation[];
      } & Record<string, unknown>;
      return {
        name,
        report,
        violations: violations ?? [],
        text: readFileSync(join(corpusDir, `${name}.txt`), "utf8"),
      };
    });
}

export function corpusEntry(name: string): CorpusEntry {
  const entry = corpusEntries().find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`No corpus report named ${name} in ${corpusDir}`);
  return entry;
}

export function readSpec(file: string): unknown {
  requireDir(specDir);
  return JSON.parse(readFileSync(join(specDir, file), "utf8"));
}
