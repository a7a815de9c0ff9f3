/**
 * runBatch's own failure paths, with a stand-in worker: a worker that dies of its memory limit
 * fails that one input (with the reason in words) and the batch goes on.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../test-support.js";
import { runBatch, type BatchOptions } from "./run.js";
import type { BatchSummary } from "./summary.js";
import { writeCorpus } from "./test-support.js";

let dir: string;
useTempDir((path) => {
  dir = path;
});

const standIn = { url: new URL("../../test/fixtures/exhausting-worker.mjs", import.meta.url), execArgv: [], fromSource: false } as const;
const quiet = () => ({ stdout: () => undefined, stderr: () => undefined, cwd: dir });
const options = (overrides: Partial<BatchOptions>): BatchOptions => ({
  inputs: ["in"],
  out: "out",
  formats: ["text"],
  importing: false,
  jobs: 1,
  force: false,
  lang: "zh",
  recycleAfter: 200,
  sync: false,
  ...overrides,
});

async function summaryOf(): Promise<BatchSummary> {
  return JSON.parse(await readFile(join(dir, "out", "summary.json"), "utf8")) as BatchSummary;
}

describe("runBatch", () => {
  it("fails only the input whose import exhausts a worker's memory, says so, and writes the summary", async () => {
    await writeCorpus(join(dir, "in"), { seed: 7, count: 2 });
    await writeFile(join(dir, "in", "exhaust.txt"), "一、总体情况\n");
    const outcome = await runBatch(options({ importing: true }), quiet(), { workerEntry: standIn });
    const summary = await summaryOf();
    const failed = summary.reports.find((report) => report.input.endsWith("exhaust.txt"));
    expect(failed?.status).toBe("failed");
    expect(failed?.error).toContain("内存不足");
    expect(summary.reports.filter((report) => report.status === "ok")).toHaveLength(2);
    expect(outcome.exitCode).toBe(1);
  }, 60_000);
});
