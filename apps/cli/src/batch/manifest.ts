/**
 * What makes a batch resumable: a small manifest of the outputs already written, and the sweep of
 * temp files that a killed batch may have left.
 *
 * The manifest lives in `<out>/.xxgk-batch/manifest.jsonl`: one line per output written,
 * `{"output":"sub/name.html","key":"…"}`, appended right after the output's rename (one `write` of
 * a whole line in append mode, so a kill leaves at most the last line short — it is ignored). The
 * key is a hash of the input's bytes, the package version, the format and the render options: an
 * output is up to date when its file exists and its line has the current key. At the end of a run
 * the manifest is rewritten (atomically) with one line per output.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rm, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../files.js";

export const STATE_DIR = ".xxgk-batch";
const MANIFEST = "manifest.jsonl";
/** Bump when the meaning of an output changes for the same input and version. */
const KEY_VERSION = "xxgk-batch/1";

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface OutputKeyParts {
  readonly inputHash: string;
  readonly version: string;
  readonly format: string;
  readonly width?: number;
}

export function outputKey(parts: OutputKeyParts): string {
  return hashBytes([KEY_VERSION, parts.version, parts.format, parts.width ?? "", parts.inputHash].join("\u0000"));
}

interface ManifestLine {
  readonly output: string;
  readonly key: string;
}

function parseLine(line: string): ManifestLine | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    if (value === null || typeof value !== "object") return undefined;
    const { output, key } = value as Record<string, unknown>;
    return typeof output === "string" && typeof key === "string" ? { output, key } : undefined;
  } catch {
    return undefined;
  }
}

export class Manifest {
  private handle: FileHandle | undefined;
  private constructor(
    private readonly dir: string,
    private readonly entries: Map<string, string>,
  ) {}

  /** Reads the manifest of `outDir` (none yet: empty). */
  static async open(outDir: string): Promise<Manifest> {
    const dir = join(outDir, STATE_DIR);
    await mkdir(dir, { recursive: true });
    const entries = new Map<string, string>();
    const text = await readFile(join(dir, MANIFEST), "utf8").catch(() => "");
    for (const line of text.split("\n")) {
      const entry = line.trim() === "" ? undefined : parseLine(line);
      if (entry !== undefined) entries.set(entry.output, entry.key);
    }
    return new Manifest(dir, entries);
  }

  key(output: string): string | undefined {
    return this.entries.get(output);
  }

  /** Records an output that has just been renamed into place. */
  async record(output: string, key: string): Promise<void> {
    this.entries.set(output, key);
    this.handle ??= await open(join(this.dir, MANIFEST), "a");
    await this.handle.write(`${JSON.stringify({ output, key })}\n`);
  }

  /** Rewrites the manifest with one line per output, and closes it. */
  async close(): Promise<void> {
    await this.handle?.close();
    this.handle = undefined;
    const lines = [...this.entries].map(([output, key]) => `${JSON.stringify({ output, key })}\n`).join("");
    await writeFileAtomic(join(this.dir, MANIFEST), lines, { cwd: this.dir, overwrite: true });
  }
}

/** The temp-file names of `writeFileAtomic`: `.<name>.<pid>.<12 hex>.tmp`. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temp files that a killed batch left under `outDir` (those of processes that are no
 * longer running). Returns how many were removed.
 */
export async function sweepTempFiles(outDir: string): Promise<number> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const match = TEMP_NAME.exec(entry.name);
    if (match === null || isAlive(Number(match[1]))) continue;
    // `parentPath` (Node ≥ 20.12) with `path` as the older name of the same thing.
    const parent = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? outDir;
    await rm(join(parent, entry.name), { force: true });
    removed++;
  }
  return removed;
}
