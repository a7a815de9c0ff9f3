/**
 * One benchmark case, in a process of its own (so that its peak RSS is its own):
 *   node --conditions=@xxgk/source --import tsx bench/cases.ts <case>
 * prints one JSON line: { name, count, ms, maxRssMB, note? }.
 *
 * The workspace packages are the root's devDependencies; the batch runs the built CLI.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { importReport } from "@xxgk/import";
import { renderHtml } from "@xxgk/render-html";
import { renderPdf } from "@xxgk/render-pdf";
import { renderText } from "@xxgk/render-text";
import { validate } from "@xxgk/schema";
import { CHROMIUM_LAUNCH_ARGS, CHROMIUM_PATH } from "@xxgk/testing/node";
import { generateCorpus } from "@xxgk/testing";

export interface CaseResult {
  readonly name: string;
  readonly count: number;
  readonly ms: number;
  readonly maxRssMB: number;
  readonly note?: string;
}

const BATCH_COUNT = Number(process.env["BENCH_BATCH_COUNT"] ?? 1000);

function corpus(count: number) {
  return generateCorpus({ seed: 2026, count, flawed: 0.2 }).map((entry) => entry.report);
}

function timed(name: string, count: number, work: () => void, note?: string): CaseResult {
  work(); // warm-up pass is part of the count below only when the case asks; here: once, untimed
  const started = performance.now();
  work();
  const ms = performance.now() - started;
  return { name, count, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...(note === undefined ? {} : { note }) };
}

async function timedAsync(name: string, count: number, work: () => Promise<void>, note?: string): Promise<CaseResult> {
  await work();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  return { name, count, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...(note === undefined ? {} : { note }) };
}

/** The built CLI, as a user runs it: `turbo run build` comes first in `pnpm bench`. */
const cliBin = fileURLToPath(new URL("../apps/cli/dist/bin.js", import.meta.url));
const reportRss = fileURLToPath(new URL("./report-rss.mjs", import.meta.url));

/**
 * `xxgk batch` in a process of its own, from the built CLI; its peak RSS (worker threads included)
 * is written by the `report-rss.mjs` preload when it exits.
 */
async function batch(): Promise<CaseResult> {
  if (!existsSync(cliBin)) throw new Error(`${cliBin} is missing: build the CLI first (pnpm build), as pnpm bench does`);
  const dir = await mkdtemp(join(tmpdir(), "xxgk-bench-batch-"));
  try {
    const reports = generateCorpus({ seed: 2026, count: BATCH_COUNT, flawed: 0.2 });
    await mkdir(join(dir, "in"));
    for (const entry of reports) await writeFile(join(dir, "in", entry.name), JSON.stringify(entry.report));
    const formats = ["pdf", "html", "text"];
    const rssFile = join(dir, "rss.json");
    const started = performance.now();
    const child = spawnSync(process.execPath, ["--import", pathToFileURL(reportRss).href, cliBin, "batch", "in", "--out", "out", "--jobs", "2", "--to", formats.join(",")], {
      cwd: dir,
      env: { ...process.env, XXGK_BENCH_RSS_FILE: rssFile },
      stdio: "ignore",
    });
    const ms = performance.now() - started;
    const { maxRssMB } = JSON.parse(await readFile(rssFile, "utf8")) as { maxRssMB: number };
    return { name: `batch of ${BATCH_COUNT} → ${formats.join(" + ")} (2 workers)`, count: BATCH_COUNT, ms, maxRssMB, note: `built CLI, exit ${String(child.status)}; includes start-up, validation with pairing, atomic writes (fsync) and the summary` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function chromium(): Promise<CaseResult> {
  const require = createRequire(new URL("../packages/render-html/package.json", import.meta.url));
  const { chromium: browserType } = require("playwright-core") as typeof import("playwright-core");
  const reports = corpus(30);
  const html = reports.map((report) => renderHtml(report));
  const browser = await browserType.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_LAUNCH_ARGS],
  });
  try {
    const page = await browser.newPage();
    const print = async (): Promise<void> => {
      for (const page_html of html) {
        await page.setContent(page_html, { waitUntil: "load" });
        await page.pdf({ format: "A4", printBackground: true });
      }
    };
    return await timedAsync("Chromium print-to-PDF of the same HTML (1 page, sequential)", html.length, print, "browser process RSS not included");
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? "";
  let result: CaseResult | undefined;
  if (which === "validate") {
    const reports = corpus(2000);
    result = timed("validate", reports.length, () => {
      for (const report of reports) validate(report);
    });
  } else if (which === "text") {
    const reports = corpus(1000);
    result = timed("render text", reports.length, () => {
      for (const report of reports) renderText(report);
    });
  } else if (which === "html") {
    const reports = corpus(1000);
    result = timed("render HTML", reports.length, () => {
      for (const report of reports) renderHtml(report);
    });
  } else if (which === "pdf") {
    const reports = corpus(100);
    result = await timedAsync("render PDF", reports.length, async () => {
      for (const report of reports) await renderPdf(report);
    });
  } else if (which === "import") {
    const texts = corpus(200).map((report) => renderText(report));
    result = await timedAsync("import plain text (rendered reports → report; import only, target ≥ 500/s)", texts.length, async () => {
      for (const text of texts) await importReport({ text, kind: "text" }, { validate: false });
    });
  } else if (which === "import-pdf") {
    const pdfs: Uint8Array[] = [];
    for (const report of corpus(40)) pdfs.push(await renderPdf(report));
    let engine = "";
    result = await timedAsync("import PDF files (rendered reports → report; import only, target ≥ 20/s)", pdfs.length, async () => {
      for (const bytes of pdfs) engine = (await importReport({ bytes, kind: "pdf" }, { validate: false })).detected.pdfEngine ?? "none";
    });
    result = { ...result, note: `read by ${engine}` };
  } else if (which === "batch") {
    result = await batch();
  } else if (which === "chromium") {
    result = await chromium();
  }
  process.stdout.write(`${JSON.stringify(result ?? null)}\n`);
}

await main();
