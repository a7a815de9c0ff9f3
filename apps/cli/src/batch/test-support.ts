/**
 * Helpers for the batch tests: folders of generated reports, and a look at what a batch left in
 * its output directory.
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generateCorpus, type CorpusEntry } from "@xxgk/testing";
import { isTempName } from "./manifest.js";

/** Writes `count` generated reports (no flaws unless asked) under `dir`, some in sub-folders. */
export async function writeCorpus(dir: string, options: { seed: number; count: number; flawed?: number; subfolders?: boolean }): Promise<CorpusEntry[]> {
  const corpus = generateCorpus({ seed: options.seed, count: options.count, flawed: options.flawed ?? 0 });
  for (const [index, entry] of corpus.entries()) {
    const path = join(dir, options.subfolders === true && index % 3 === 1 ? `area-${index % 2}` : "", entry.name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${JSON.stringify(entry.report, null, 2)}\n`);
  }
  return corpus;
}

/** Every file under `dir`, relative, `/`-separated, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? dir;
      return join(parent, entry.name).slice(dir.length + 1).split("\\").join("/");
    })
    .sort();
}

export function tempFiles(files: readonly string[]): string[] {
  return files.filter((file) => isTempName(file.split("/").pop() ?? ""));
}
