/**
 * Helpers for the tests: run the CLI in-process with captured output, and the real reports of
 * shared/corpus (beside the repository) as report files without their corpus annotations.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusEntries } from "@xxgk/testing/node";
import { afterEach, beforeEach } from "vitest";
import { run } from "./cli.js";

/** Copies every report of the shared corpus, `notes` and `violations` removed, into a temp folder. */
async function corpusReports(): Promise<string> {
  const entries = corpusEntries();
  const dir = await mkdtemp(join(tmpdir(), "xxgk-cli-corpus-"));
  for (const { name, report } of entries) {
    await writeFile(join(dir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  }
  return dir;
}

/** A folder of real reports named like `02-huaian-shi-2024.json`. */
export const fixturesDir = await corpusReports();

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together. */
  readonly output: string;
}

/** Runs `xxgk <args>` in-process, with `cwd` as the current directory. */
export async function xxgk(args: readonly string[], cwd: string): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(["node", "xxgk", ...args], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr, output: stdout + stderr };
}

export async function fixtureNames(): Promise<string[]> {
  return (await readdir(fixturesDir)).filter((name) => name.endsWith(".json")).sort();
}

export async function readFixture(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(fixturesDir, name), "utf8")) as Record<string, unknown>;
}

/** A fresh temp directory; `cleanup` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "xxgk-cli-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Gives every test of the file a fresh temp directory (made before it, removed after it): `setUp`
 * receives the directory before each test, to keep it and to put files in it.
 */
export function useTempDir(setUp: (dir: string) => void | Promise<void>): void {
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const temp = await tempDir();
    cleanup = temp.cleanup;
    await setUp(temp.dir);
  });
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });
}

/** Writes `value` as pretty JSON (or a string as is) to `dir/name`. */
export async function put(dir: string, name: string, value: unknown): Promise<string> {
  await writeFile(join(dir, name), typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`);
  return name;
}

/** The corpus report of 淮安市人民政府 2024 (edition 2021), with `edit` applied to a copy. */
export async function huaian(edit: (report: any) => void = () => undefined): Promise<Record<string, unknown>> {
  const report = await readFixture("02-huaian-shi-2024.json");
  edit(report);
  return report;
}

/** A stack trace line, which no output may contain. */
export const STACK_LINE = "    at ";
