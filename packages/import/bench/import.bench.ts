/**
 * `pnpm bench` for @xxgk/import: text reports per second (the corpus texts) and PDFs per second
 * (the real 6-page 淮安 PDF). Targets, for the import alone (validate: false): ≥ 500 text reports/s,
 * ≥ 20 PDFs/s; a second text row includes the validator. Each measurement is
 * repeated 5 times and the median is printed (the CI machine has 2 shared cores).
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importReport } from "@xxgk/import";

const corpus = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const texts = readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(corpus + name, "utf8"));
const pdf = new Uint8Array(readFileSync(`${corpus}files/huaian-shi-2024.pdf`));
const html = readFileSync(`${corpus}files/shuyang-fagaiju-2023.html`, "utf8");

async function rate(run: (index: number) => Promise<unknown>, minimumMs: number): Promise<number> {
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < minimumMs) await run(count++);
  return (count / (performance.now() - start)) * 1000;
}

async function median(name: string, run: (index: number) => Promise<unknown>, minimumMs: number, target?: number): Promise<void> {
  for (let i = 0; i < 5; i++) await run(i); // warm-up
  const rates: number[] = [];
  for (let i = 0; i < 5; i++) rates.push(await rate(run, minimumMs));
  rates.sort((a, b) => a - b);
  const m = rates[2]!;
  console.log(`${name.padEnd(46)} median ${m.toFixed(1)}/s  (runs ${rates.map((r) => r.toFixed(0)).join(", ")})${target === undefined ? "" : `  target ≥ ${target}/s ${m >= target ? "met" : "NOT met"}`}`);
}

// import alone (the target) and import + the validator's findings (what `xxgk import` does)
await median("text reports (corpus, import only)", (i) => importReport({ text: texts[i % texts.length]! }, { validate: false }), 1000, 500);
await median("text reports (corpus, import + validate)", (i) => importReport({ text: texts[i % texts.length]! }), 1000);
await median("HTML page (沭阳 2023)", () => importReport({ text: html, kind: "html" }), 1000);
await median("PDF files (淮安 2024, 6 pages, import only)", () => importReport({ bytes: pdf, kind: "pdf" }, { validate: false }), 2000, 20);
