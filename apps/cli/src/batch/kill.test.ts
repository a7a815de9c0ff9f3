/**
 * The real CLI, killed mid-batch: SIGKILL (no chance to clean up) and SIGINT (a clean stop). No
 * output is ever partial, and a rerun completes and skips what was done.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderHtml } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { parseReport } from "@xxgk/schema";
import type { CorpusEntry } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../test-support.js";
import type { BatchSummary } from "./summary.js";
import { listFiles, tempFiles, writeCorpus } from "./test-support.js";

const cliDir = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(cliDir, "src", "bin.ts");
/** tsx's loader by absolute URL: the batch runs in a temp directory, where a bare `tsx` would not resolve. */
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let dir: string;
useTempDir((path) => {
  dir = path;
});

function startBatch(args: readonly string[]): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, ["--conditions=@xxgk/source", "--import", tsx, bin, "batch", ...args], {
    cwd: dir,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exit };
}

async function manifestLines(out: string): Promise<number> {
  const text = await readFile(join(out, ".xxgk-batch", "manifest.jsonl"), "utf8").catch(() => "");
  return text.split("\n").filter((line) => line.trim() !== "").length;
}

/** Waits until the batch has written at least `count` outputs (it is then mid-run), or has ended. */
async function waitForOutputs(out: string, count: number, exited: () => boolean): Promise<number> {
  for (;;) {
    const lines = await manifestLines(out);
    if (lines >= count || exited()) return lines;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Every output file present is whole: exactly what the renderers give for its input. */
async function expectWholeOutputs(out: string, corpus: readonly CorpusEntry[]): Promise<number> {
  const expected = new Map<string, string>();
  for (const entry of corpus) {
    const parsed = parseReport(entry.report);
    if (!parsed.success) throw new Error("generated report does not parse");
    const stem = entry.name.replace(/\.json$/, "");
    expected.set(`${stem}.html`, renderHtml(parsed.report));
    expected.set(`${stem}.txt`, renderText(parsed.report));
  }
  let whole = 0;
  for (const file of await listFiles(out)) {
    if (file.startsWith(".xxgk-batch/") || file.startsWith("summary.")) continue;
    if (tempFiles([file]).length > 0) continue;
    expect(expected.has(file), `unexpected file ${file}`).toBe(true);
    expect(await readFile(join(out, file), "utf8"), `${file} is partial`).toBe(expected.get(file));
    whole++;
  }
  return whole;
}

/**
 * Starts a batch of 48 generated reports (96 outputs) and returns once at least 10 outputs are
 * whole, with the batch still running: the moment to kill or interrupt it.
 */
async function batchUnderWay(seed: number, what: string) {
  const corpus = await writeCorpus(join(dir, "in"), { seed, count: 48 });
  const out = join(dir, "out");
  const args = ["in", "--out", "out", "--to", "html,text", "--jobs", "2"];
  const { child, exit } = startBatch(args);
  let exited = false;
  void exit.then(() => {
    exited = true;
  });
  const seen = await waitForOutputs(out, 10, () => exited);
  expect(exited, `the batch ended before it could be ${what}`).toBe(false);
  return { corpus, out, args, child, exit, seen };
}

describe("a batch killed mid-run", { timeout: 180_000 }, () => {
  it("SIGKILL leaves no partial output; a rerun removes the temp files, completes, and skips what was done", async () => {
    const { corpus, out, args, child, exit, seen } = await batchUnderWay(21, "killed");
    child.kill("SIGKILL");
    const { signal } = await exit;
    expect(signal).toBe("SIGKILL");

    // Killed: every output at its final name is whole; the summary has not been written yet.
    const done = await expectWholeOutputs(out, corpus);
    expect(done).toBeGreaterThanOrEqual(seen);
    expect(done).toBeLessThan(96);
    await expect(stat(join(out, "summary.json"))).rejects.toThrow();
    const recorded = await manifestLines(out);

    // The rerun: completes, skips what the killed batch had finished, leaves no temp file.
    const rerun = startBatch(args);
    const result = await rerun.exit;
    expect(result.code, result.stderr).toBe(0);
    const files = await listFiles(out);
    expect(tempFiles(files)).toEqual([]);
    expect(await expectWholeOutputs(out, corpus)).toBe(96);
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as BatchSummary;
    expect(summary.totals.outputsUpToDate).toBeGreaterThanOrEqual(recorded);
    expect(summary.totals.outputsUpToDate).toBeGreaterThan(0);
    expect(summary.totals.outputsWritten + summary.totals.outputsUpToDate).toBe(96);
    expect(summary.totals.outputsWritten).toBeGreaterThan(0);
  });

  it("SIGINT stops cleanly: no partial output, no temp file, a summary that says so, exit 130; a rerun finishes the rest", async () => {
    const { corpus, out, args, child, exit } = await batchUnderWay(22, "interrupted");
    child.kill("SIGINT");
    const { code } = await exit;
    expect(code).toBe(130);
    const files = await listFiles(out);
    expect(tempFiles(files)).toEqual([]);
    await expectWholeOutputs(out, corpus);
    const summary = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as BatchSummary;
    expect(summary.interrupted).toBe(true);
    expect(summary.totals.outputsWritten).toBeLessThan(96);

    const rerun = await startBatch(args).exit;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await expectWholeOutputs(out, corpus)).toBe(96);
    const after = JSON.parse(await readFile(join(out, "summary.json"), "utf8")) as BatchSummary;
    expect(after.interrupted).toBe(false);
    expect(after.totals.outputsUpToDate).toBe(summary.totals.outputsWritten);
  });
});
