/**
 * The worker pool from source and from the built package: the worker entry is found beside the
 * module in both, workers load the renderers, and they are recycled after the number of tasks asked.
 */
import { spawnSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderText } from "@xxgk/render-text";
import { generateReport } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { useTempDir } from "../test-support.js";
import { createPool, workerEntry } from "./pool.js";
import type { BatchSummary } from "./summary.js";
import { listFiles, writeCorpus } from "./test-support.js";

const cliDir = fileURLToPath(new URL("../../", import.meta.url));

let dir: string;
useTempDir((path) => {
  dir = path;
});

describe("workerEntry", () => {
  it("from source: the plain-JS entry that registers tsx, with the @xxgk/source condition", () => {
    const entry = workerEntry("file:///repo/apps/cli/src/batch/pool.ts");
    expect(entry).toEqual({ url: new URL("file:///repo/apps/cli/src/batch/source-worker.mjs"), execArgv: ["--conditions=@xxgk/source"], fromSource: true });
  });

  it("from the build: batch-worker.js beside the bundle, no loader", () => {
    const entry = workerEntry("file:///usr/lib/node_modules/xxgk/dist/bin.js");
    expect(entry).toEqual({ url: new URL("file:///usr/lib/node_modules/xxgk/dist/batch-worker.js"), execArgv: [], fromSource: false });
  });

  it("this module (run from source by the tests) finds a worker file that exists", async () => {
    const entry = workerEntry();
    expect(entry.fromSource).toBe(true);
    await expect(readFile(entry.url)).resolves.toBeDefined();
  });
});

describe("the pool", { timeout: 60_000 }, () => {
  it("renders in workers exactly as in this thread, and recycles the workers after N tasks", async () => {
    const pool = createPool({ jobs: 1, recycleAfter: 3 });
    try {
      for (let seed = 0; seed < 10; seed++) {
        const report = generateReport({ seed });
        const result = await pool.run({ kind: "render", report, formats: ["text", "nope"] });
        expect(result.kind).toBe("render");
        if (result.kind !== "render") continue;
        expect(result.outputs).toEqual([{ format: "text", content: renderText(report) }]);
        expect(result.failures).toEqual([{ format: "nope", message: "unknown format nope" }]);
        expect(result.worker.tasks).toBeLessThanOrEqual(3);
      }
      expect(pool.recycles).toBeGreaterThanOrEqual(3);
      expect(pool.workersStarted).toBeGreaterThanOrEqual(4);
    } finally {
      await pool.destroy();
    }
  });

  it("a renderer that throws fails that format only, and the worker goes on", async () => {
    const pool = createPool({ jobs: 1, recycleAfter: 100 });
    try {
      const report = generateReport({ seed: 1 });
      const bad = await pool.run({ kind: "render", report, formats: ["text"], width: 10 });
      expect(bad.kind === "render" && bad.failures.length === 1 && bad.outputs.length === 0).toBe(true);
      const good = await pool.run({ kind: "render", report, formats: ["text"] });
      expect(good.kind === "render" && good.outputs.length === 1).toBe(true);
    } finally {
      await pool.destroy();
    }
  });
});

describe("the built package", { timeout: 120_000 }, () => {
  it("dist/bin.js batch starts dist/batch-worker.js and renders the same files", async () => {
    // Build into a folder of its own (inside the package, so that its dependencies resolve), not over dist/.
    const outDir = join(cliDir, ".artifacts", `dist-test-${process.pid}`);
    const tsup = join(createRequire(import.meta.url).resolve("tsup/package.json"), "..", "dist", "cli-default.js");
    try {
      const build = spawnSync(process.execPath, [tsup, "--out-dir", outDir, "--no-sourcemap"], { cwd: cliDir, encoding: "utf8" });
      expect(build.status, build.stderr).toBe(0);
      expect(await listFiles(outDir)).toEqual(expect.arrayContaining(["batch-worker.js", "bin.js"]));
      const corpus = await writeCorpus(join(dir, "in"), { seed: 31, count: 4 });
      const run = spawnSync(process.execPath, [join(outDir, "bin.js"), "batch", "in", "--out", "out", "--to", "text", "--jobs", "2"], { cwd: dir, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
      expect(run.status, run.stderr).toBe(0);
      const summary = JSON.parse(await readFile(join(dir, "out", "summary.json"), "utf8")) as BatchSummary;
      expect(summary.totals.outputsWritten).toBe(4);
      for (const entry of corpus) {
        expect(await readFile(join(dir, "out", entry.name.replace(/\.json$/, ".txt")), "utf8")).toBe(renderText(entry.report));
      }
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

