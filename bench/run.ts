/**
 * `pnpm bench` (after the per-package benches): the whole pipeline in ONE markdown table — validate,
 * render text / HTML / PDF, import, a batch of 1,000 generated reports to every format, and
 * Chromium's print-to-PDF of the same HTML as a ratio. Each case runs in a process of its own.
 *
 *   node --conditions=@xxgk/source --import tsx bench/run.ts
 */
import { spawnSync } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import type { CaseResult } from "./cases.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const casesFile = fileURLToPath(new URL("./cases.ts", import.meta.url));

function runCase(name: string): CaseResult | undefined {
  const child = spawnSync(process.execPath, ["--conditions=@xxgk/source", "--import", "tsx", casesFile, name], { cwd: root, encoding: "utf8", env: process.env, maxBuffer: 64 * 1024 * 1024 });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  try {
    const parsed = JSON.parse(line) as CaseResult | null;
    if (parsed === null) return undefined;
    return parsed;
  } catch {
    process.stderr.write(`bench case ${name} failed (exit ${String(child.status)}):\n${child.stderr.slice(-2000)}\n`);
    return { name, count: 0, ms: Number.NaN, maxRssMB: Number.NaN, note: "failed: see stderr" };
  }
}

const results: CaseResult[] = [];
for (const name of ["validate", "text", "html", "pdf", "import", "import-pdf", "batch", "chromium"]) {
  const result = runCase(name);
  if (result !== undefined) results.push(result);
}

const pdf = results.find((result) => result.name === "render PDF");
const batch = results.find((result) => result.name.startsWith("batch"));
const rows = results.map((result) => {
  const perReport = result.ms / result.count;
  let note = result.note ?? "";
  if (result.name.startsWith("Chromium")) {
    const base = pdf ?? undefined;
    note = base === undefined ? `${note}; render-pdf not wired: no ratio` : `${(perReport / (base.ms / base.count)).toFixed(1)}× the time of render-PDF per report; ${note}`;
  }
  if (result === batch) {
    const seconds = result.ms / 1000;
    const scaled = (seconds * 1000) / result.count;
    note = `${note}; target ≤ 60 s for 1,000 (${scaled.toFixed(1)} s per 1,000: ${scaled <= 60 ? "met" : "NOT met"}), peak RSS ≤ 600 MB (${result.maxRssMB <= 600 ? "met" : "NOT met"})`;
  }
  return `| ${result.name} | ${result.count} | ${(result.count / (result.ms / 1000)).toFixed(1)} | ${perReport.toFixed(2)} | ${result.maxRssMB.toFixed(0)} | ${note} |`;
});

const cpu = cpus()[0]?.model ?? "unknown CPU";
process.stdout.write(
  [
    "",
    `xxgk pipeline benchmark — ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    "",
    "| case | reports | reports/s | ms per report | peak RSS (MB) | notes |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
    ...rows,
    "",
  ].join("\n"),
);
