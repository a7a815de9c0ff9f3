/**
 * The batch worker: renders reports (and imports published files) for the pool. Loaded once per
 * worker thread, so the renderers' templates, fonts and caches are set up once per worker and kept
 * until the pool recycles the worker.
 *
 * Built as `dist/batch-worker.js`; from source it is loaded through `source-worker.mjs`.
 */
import { readFile } from "node:fs/promises";
import { threadId } from "node:worker_threads";
import { blankReport } from "@xxgk/schema";
import { renderers, type Renderer } from "../commands/render.js";
import { importer } from "./importer.js";
import type { ImportResult, ImportTask, RenderedOutput, RenderFailure, RenderResult, RenderTask, WorkerResult, WorkerTask } from "./protocol.js";

let tasks = 0;
const warmed = new Set<string>();

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function rendererFor(format: string): Renderer | undefined {
  const table: Readonly<Record<string, Renderer>> = renderers;
  return Object.hasOwn(table, format) ? table[format] : undefined;
}

/** Renders a blank report once per format, so templates and fonts load before the first real report. */
async function warm(format: string, renderer: Renderer): Promise<void> {
  if (warmed.has(format)) return;
  warmed.add(format);
  try {
    await renderer.render(blankReport({ reportYear: 2024, agency: "预热" }), {});
  } catch {
    // A renderer that cannot render a blank report still gets its real work; its errors show there.
  }
}

async function render(task: RenderTask): Promise<RenderResult> {
  const outputs: RenderedOutput[] = [];
  const failures: RenderFailure[] = [];
  for (const format of task.formats) {
    const renderer = rendererFor(format);
    if (renderer === undefined) {
      failures.push({ format, message: `unknown format ${format}` });
      continue;
    }
    await warm(format, renderer);
    try {
      const content = await renderer.render(task.report, task.width === undefined || !renderer.usesWidth ? {} : { width: task.width });
      outputs.push({ format, content });
    } catch (error) {
      failures.push({ format, message: message(error) });
    }
  }
  return { kind: "render", outputs, failures, worker: { threadId, tasks } };
}

async function importFile(task: ImportTask): Promise<ImportResult> {
  if (importer === undefined) {
    return { kind: "import", notes: [], error: "@xxgk/import is not available in this build", worker: { threadId, tasks } };
  }
  try {
    const bytes = new Uint8Array(await readFile(task.path));
    const outcome = await importer({ bytes, fileName: task.path, kind: task.importKind });
    return { kind: "import", report: outcome.report, notes: outcome.notes, worker: { threadId, tasks } };
  } catch (error) {
    return { kind: "import", notes: [], error: message(error), worker: { threadId, tasks } };
  }
}

/** The pool's entry point: one task in, one result out. Never rejects for a bad report. */
export default async function runTask(task: WorkerTask): Promise<WorkerResult> {
  tasks++;
  return task.kind === "render" ? render(task) : importFile(task);
}
