/**
 * `pnpm bench` for @xxgk/render-pdf, on the bundled example report:
 *
 * - cold: a fresh Node process imports render-pdf and renders once (fonts read and parsed);
 * - warm: ms per report in one process (median of repeated runs);
 * - PDF size;
 * - RSS over 500 renders in one process (should stay flat);
 * - side by side, in the same run: a warm Chromium (playwright-core, the system /usr/bin/chromium)
 *   printing the @xxgk/render-html page of the same report with `page.pdf`, and the ratio.
 *
 * The machine is shared and noisy: every figure is a median of repeated runs. Targets (issue 5):
 * warm ≤ 100 ms, PDF ≤ 300 KB, RSS flat over 500 renders, ≥ 7× faster than warm Chromium.
 * Run with NODE_ENV=production (React's production build, as a server runs it; the bench script
 * sets it).
 */
import { spawnSync } from "node:child_process";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Report } from "@xxgk/schema";
import { renderHtml } from "@xxgk/render-html";
import { renderPdf } from "@xxgk/render-pdf";
import { CHROMIUM_LAUNCH_ARGS, CHROMIUM_PATH, examplePath, exampleReport } from "@xxgk/testing/node";

const coldScript = fileURLToPath(new URL("./cold.ts", import.meta.url));

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

async function timeRuns(runs: number, render: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  return times;
}

function cold(): { total: number; firstRender: number }[] {
  const results: { total: number; firstRender: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, ["--conditions=@xxgk/source", "--import", "tsx", coldScript, examplePath], {
      encoding: "utf8",
      env: process.env,
    });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout) as { total: number; firstRender: number });
  }
  return results;
}

async function chromiumSideBySide(report: Report, rounds: number): Promise<number[] | string> {
  if (!existsSync(CHROMIUM_PATH)) return `${CHROMIUM_PATH} not found (bash scripts/ensure-chromium.sh installs it)`;
  const { chromium } = await import("playwright-core");
  const userDataDir = mkdtempSync(join(tmpdir(), "xxgk-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_LAUNCH_ARGS] });
  try {
    const page = await context.newPage();
    const print = async () => {
      await page.setContent(renderHtml(report));
      await page.pdf({ format: "A4", printBackground: true });
    };
    for (let i = 0; i < 3; i++) await print(); // warm-up
    return await timeRuns(rounds, print);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

const report = exampleReport().report;
const lines: string[] = [];
const log = (line = "") => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};

log(`@xxgk/render-pdf bench — the bundled example (${report.agency} ${report.reportYear}), node ${process.version}, NODE_ENV=${process.env.NODE_ENV ?? "(unset)"}`);
log();

const colds = cold();
log(`cold (fresh process: import + fonts + first render), median of 3: ${round(median(colds.map((run) => run.total)))} ms; the first renderPdf call alone: ${round(median(colds.map((run) => run.firstRender)))} ms`);

const bytes = await renderPdf(report);
log(`PDF size: ${round(bytes.length / 1024, 1)} KB (target ≤ 300 KB — ${bytes.length <= 300 * 1024 ? "met" : "NOT met"})`);

// Side by side: alternate rounds of react-pdf and Chromium so that both see the same machine load.
const pdfRounds: number[] = [];
const chromiumRounds: number[] = [];
let chromiumNote: string | null = null;
for (let round_ = 0; round_ < 3; round_++) {
  await timeRuns(5, () => renderPdf(report)); // warm-up
  pdfRounds.push(median(await timeRuns(30, () => renderPdf(report))));
  const chromiumTimes = await chromiumSideBySide(report, 10);
  if (typeof chromiumTimes === "string") chromiumNote = chromiumTimes;
  else chromiumRounds.push(median(chromiumTimes));
}
const warm = median(pdfRounds);
log(`warm renderPdf, ms per report: median ${round(warm, 1)} (round medians ${pdfRounds.map((value) => round(value, 1)).join(", ")}) — target ≤ 100 ms: ${warm <= 100 ? "met" : "NOT met"}`);
if (chromiumNote !== null) log(`warm Chromium page.pdf: not measured — ${chromiumNote}`);
else {
  const chromiumWarm = median(chromiumRounds);
  const ratio = chromiumWarm / warm;
  log(`warm Chromium (setContent(renderHtml) + page.pdf), ms per report: median ${round(chromiumWarm, 1)} (round medians ${chromiumRounds.map((value) => round(value, 1)).join(", ")})`);
  log(`ratio Chromium / react-pdf: ${round(ratio, 2)}× — target ≥ 7×: ${ratio >= 7 ? "met" : "NOT met"}`);
}

// RSS over 500 renders in this process: sampled every 50 renders after a full garbage collection
// (so the sawtooth of the collector does not read as growth).
v8.setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const rss: number[] = [];
const heap: number[] = [];
for (let i = 1; i <= 500; i++) {
  await renderPdf(report);
  if (i % 50 === 0) {
    collectGarbage();
    rss.push(process.memoryUsage().rss);
    heap.push(process.memoryUsage().heapUsed);
  }
}
const firstHalf = Math.max(...rss.slice(0, 5));
const secondHalf = Math.max(...rss.slice(5));
const flat = secondHalf <= firstHalf * 1.1 && heap.at(-1)! <= heap[1]! * 1.1;
log(
  `RSS over 500 renders (every 50, after GC): ${rss.map(mb).join(", ")} MB; heap used ${mb(heap[0]!)} → ${mb(heap.at(-1)!)} MB — flat: ${flat ? "met" : "NOT met"}`,
);
