/** One cold render in a fresh process, for `render-pdf.bench.ts`: prints {total, firstRender} in ms. */
import { readFileSync } from "node:fs";
const start = performance.now();
const { parseReport } = await import("@xxgk/schema");
const { renderPdf } = await import("@xxgk/render-pdf");
const result = parseReport(JSON.parse(readFileSync(process.argv[2]!, "utf8")));
if (!result.success) throw new Error("the bundled example does not parse");
const renderStart = performance.now();
await renderPdf(result.report);
const end = performance.now();
process.stdout.write(JSON.stringify({ total: end - start, firstRender: end - renderStart }));
