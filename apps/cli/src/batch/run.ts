/**
 * The batch itself: find the inputs, read and validate every report (each with the same agency's
 * previous-year report when there is one), render what is not up to date in the worker pool, write
 * each output atomically, and write the summary. One bad file never stops the batch.
 */
import { availableParallelism } from "node:os";
import { mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join, posix, resolve } from "node:path";
import { parseReport, validate, type Lang, type Report } from "@xxgk/schema";
import packageJson from "../../package.json" with { type: "json" };
import { writeFileAtomic } from "../files.js";
import { say, type Io } from "../io.js";
import { extensionOf } from "./formats.js";
import type { ImportNoteSummary } from "./importer.js";
import { discoverInputs, displayPath, type BatchInput } from "./inputs.js";
import { hashBytes, Manifest, outputKey, sweepTempFiles } from "./manifest.js";
import { createPool, type BatchPool, type WorkerEntry } from "./pool.js";
import { createProgress } from "./progress.js";
import type { WorkerResult } from "./protocol.js";
import {
  findingRecord,
  summaryCsv,
  summaryHtml,
  summaryJson,
  totalsOf,
  type BatchSummary,
  type FindingRecord,
  type OutputRecord,
  type ReportRecord,
} from "./summary.js";

export interface BatchOptions {
  readonly inputs: readonly string[];
  readonly out: string;
  /** Format names, checked by the caller. */
  readonly formats: readonly string[];
  readonly importing: boolean;
  readonly previousDir?: string;
  readonly jobs: number;
  readonly force: boolean;
  readonly lang: Lang;
  readonly width?: number;
  /** Recycle the workers after this many reports each. */
  readonly recycleAfter: number;
  /** Flush every output to disk before its rename (default true). */
  readonly sync?: boolean;
}

export interface BatchDependencies {
  readonly workerEntry?: WorkerEntry;
  /** Stops the batch (SIGINT): no new work, outputs being written are finished, the summary says so. */
  readonly signal?: AbortSignal;
  /** A terminal for the progress bar; absent: plain progress lines on stderr. */
  readonly terminal?: NodeJS.WritableStream;
}

export const SUMMARY_FILES = ["summary.json", "summary.csv", "summary.html"] as const;

export interface BatchOutcome {
  /** 0 clean, 1 an error finding or a failed file, 2 nothing processed, 130 interrupted. */
  readonly exitCode: number;
  readonly summary: BatchSummary;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** What pairing and the summary need of a report: kept for the whole batch instead of the report. */
interface Identity {
  readonly agency: string;
  readonly reportYear: number;
  readonly edition: string;
  /** Every cell holds a value its kind allows, so the report can be rendered as given. */
  readonly renderable: boolean;
}

/** The checked report, as the summary shows it. */
interface Checked {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly findings: readonly FindingRecord[];
}

/**
 * One input on its way through the batch. Reports are not kept: a JSON input is read again when it
 * is validated and rendered (its hash must not have changed), so memory stays flat whatever the
 * number of inputs; only an imported report, which has no file to read again, is kept until then.
 */
interface Item {
  readonly input: BatchInput;
  inputHash?: string;
  /** The report an importer produced (published inputs only), until its last use. */
  imported?: unknown;
  /** Uses of `imported` still to come: the item's own validation, and each report it is the previous year of. */
  importedUses?: number;
  identity?: Identity;
  previous?: Item;
  error?: string;
  importNotes?: readonly ImportNoteSummary[];
  checked?: Checked;
  outputs: OutputRecord[];
}

/** A report read for validation and rendering. */
interface Loaded {
  readonly value: unknown;
  /** The report as validated. */
  readonly report: Report;
  /** The report exactly as given, for rendering: absent when a cell holds a number its kind cannot (it is set aside for validation, but rendering without it would not be the report). */
  readonly renderable?: Report;
}

function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** Why a worker failed a task: its memory limit in words, anything else as it said. */
function workerFailure(error: unknown, lang: Lang): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /memory limit/i.test(errorMessage(error))) {
    return say(lang, "处理这份文件时工作线程内存不足（文件过大？），已跳过", "the worker ran out of memory on this file (too large?); skipped");
  }
  return errorMessage(error);
}

function agencyKey(agency: string, year: number): string {
  return `${agency.replace(/\s+/g, "")}\u0000${year}`;
}

/** The output path of `input` in `format`, relative to the output directory. */
export function outputPathFor(relative: string, format: string): string {
  const dir = posix.dirname(relative);
  const name = posix.basename(relative).replace(/\.[^.]*$/, "");
  const file = `${name}.${extensionOf(format)}`;
  return dir === "." ? file : `${dir}/${file}`;
}

function describeIssues(issues: readonly { path: readonly (string | number)[]; message: string }[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  return `not a report (${issues.length} problem${issues.length === 1 ? "" : "s"}): ${shown.join("; ")}${issues.length > 3 ? "; …" : ""}`;
}

/** Reads a JSON input: its hash and its value, or why not (in `item.error`). */
async function readJsonInput(item: Item, lang: Lang): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(item.input.path);
  } catch (error) {
    item.error = say(lang, `无法读取：${errorMessage(error)}`, `cannot read: ${errorMessage(error)}`);
    return undefined;
  }
  const hash = hashBytes(bytes);
  if (item.inputHash !== undefined && item.inputHash !== hash) {
    item.error = say(lang, "文件在批处理过程中被修改，请重新运行", "the file changed during the batch; run the batch again");
    return undefined;
  }
  item.inputHash = hash;
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    item.error = say(lang, `不是有效的 JSON：${errorMessage(error)}`, `not valid JSON: ${errorMessage(error)}`);
    return undefined;
  }
}

/** Parses a value as a report (no rules yet), or says why not in `item.error`. */
function parseValue(item: Item, value: unknown, lang: Lang): Loaded | undefined {
  const exact = parseReport(value, { lang });
  if (exact.success) return { value, report: exact.report, renderable: exact.report };
  const parsed = validate(value, { lang, only: [] });
  if (parsed.report === undefined) {
    item.error = describeIssues(parsed.issues);
    return undefined;
  }
  return { value, report: parsed.report };
}

/** Reads (again) the report of an item whose identity is known. */
async function loadItem(item: Item, lang: Lang): Promise<Loaded | undefined> {
  if (item.error !== undefined) return undefined;
  const value = item.input.kind === "json" ? await readJsonInput(item, lang) : item.imported;
  if (value === undefined || item.error !== undefined) return undefined;
  return parseValue(item, value, lang);
}

/** Reads an item for the first time: its hash and what pairing needs. */
async function identify(item: Item, lang: Lang, value?: unknown): Promise<void> {
  const read = value ?? (await readJsonInput(item, lang));
  if (read === undefined || item.error !== undefined) return;
  const loaded = parseValue(item, read, lang);
  if (loaded === undefined) return;
  const { agency, reportYear, edition } = loaded.report;
  item.identity = { agency, reportYear, edition, renderable: loaded.renderable !== undefined };
}

/**
 * The previous-year report of `item`, read again for its cross-year rules. When it cannot be read
 * (changed or removed since the batch began) the pairing is dropped, so the summary never names a
 * previous year the rules did not see; the previous item's own record is left as it is.
 */
async function loadPrevious(item: Item, lang: Lang): Promise<Report | undefined> {
  const previous = item.previous;
  if (previous === undefined) return undefined;
  const probe: Item = { ...previous, outputs: [] };
  const loaded = await loadItem(probe, lang);
  if (loaded === undefined) delete item.previous;
  return loaded?.report;
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(runners);
}

/** Reports of `--previous`, indexed by agency and year (those that cannot be read are left out). */
async function loadPreviousReports(dir: string, io: Io, lang: Lang): Promise<Map<string, Item>> {
  const found = await discoverInputs([dir], { cwd: io.cwd, importing: false });
  const items: Item[] = found.inputs.map((input) => ({ input, outputs: [] }));
  await forEachLimited(items, 8, (item) => identify(item, lang));
  const index = new Map<string, Item>();
  for (const item of items) {
    if (item.identity === undefined) continue;
    const key = agencyKey(item.identity.agency, item.identity.reportYear);
    if (!index.has(key)) index.set(key, item);
  }
  return index;
}

function pairPrevious(items: readonly Item[], previousIndex: ReadonlyMap<string, Item>): void {
  const index = new Map<string, Item>();
  for (const item of items) {
    if (item.identity === undefined) continue;
    const key = agencyKey(item.identity.agency, item.identity.reportYear);
    if (!index.has(key)) index.set(key, item);
  }
  for (const item of items) {
    if (item.identity === undefined) continue;
    const key = agencyKey(item.identity.agency, item.identity.reportYear - 1);
    const previous = index.get(key) ?? previousIndex.get(key);
    if (previous === undefined) continue;
    item.previous = previous;
    if (previous.importedUses !== undefined) previous.importedUses++;
  }
}

/** The validation as the summary keeps it (acknowledged findings left out). */
function checkedOf(validation: ReturnType<typeof validate>): Checked {
  return {
    errors: validation.summary.errors,
    warnings: validation.summary.warnings,
    infos: validation.summary.infos,
    findings: validation.findings.filter((finding) => finding.acknowledged === undefined).map(findingRecord),
  };
}

function recordOf(item: Item, interrupted: boolean): ReportRecord {
  const { input, identity, checked } = item;
  const status = item.error !== undefined ? "failed" : identity === undefined || checked === undefined ? (interrupted ? "not-run" : "failed") : "ok";
  return {
    input: input.display,
    status,
    ...(item.error === undefined ? {} : { error: item.error }),
    ...(identity === undefined ? {} : { agency: identity.agency, reportYear: identity.reportYear, edition: identity.edition }),
    ...(item.previous === undefined ? {} : { previous: item.previous.input.display }),
    errors: checked?.errors ?? 0,
    warnings: checked?.warnings ?? 0,
    infos: checked?.infos ?? 0,
    findings: checked?.findings ?? [],
    ...(item.importNotes === undefined ? {} : { importNotes: item.importNotes }),
    outputs: item.outputs,
  };
}

export async function runBatch(options: BatchOptions, io: Io, dependencies: BatchDependencies = {}): Promise<BatchOutcome> {
  const { lang } = options;
  const { signal } = dependencies;
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const version = packageJson.version;
  const outDir = resolve(io.cwd, options.out);
  const sync = options.sync ?? true;
  await mkdir(outDir, { recursive: true });
  await sweepTempFiles(outDir);
  const manifest = await Manifest.open(outDir);

  // 1. Inputs.
  const discovered = await discoverInputs(options.inputs, { cwd: io.cwd, importing: options.importing, exclude: outDir });
  const items: Item[] = discovered.inputs.map((input) => ({ input, outputs: [] }));
  const problemItems: Item[] = discovered.problems.map((problem) => ({
    input: { path: resolve(io.cwd, problem.argument), display: problem.argument, relative: problem.argument, kind: "json" },
    error: problem.message,
    outputs: [],
  }));
  const progress = createProgress({ lang, write: io.stderr, ...(dependencies.terminal === undefined ? {} : { terminal: dependencies.terminal }) });
  progress.start(items.length + problemItems.length);
  for (const _ of problemItems) progress.tick(true);

  let pool: BatchPool | undefined;
  const getPool = (): BatchPool => (pool ??= createPool({ jobs: options.jobs, recycleAfter: options.recycleAfter }, dependencies.workerEntry));
  let interrupted = false;
  const aborted = (): boolean => {
    if (signal?.aborted === true) interrupted = true;
    return interrupted;
  };

  try {
    // 2. Read: JSON in this thread; published files through the importer in the workers. Only the
    //    hash and what pairing needs are kept.
    const jsonItems = items.filter((item) => item.input.kind === "json");
    const importItems = items.filter((item) => item.input.kind !== "json");
    await forEachLimited(jsonItems, 16, async (item) => {
      if (aborted()) return;
      await identify(item, lang);
    });
    await forEachLimited(importItems, options.jobs * 2, async (item) => {
      if (aborted()) return;
      try {
        item.inputHash = hashBytes(await readFile(item.input.path));
      } catch (error) {
        item.error = say(lang, `无法读取：${errorMessage(error)}`, `cannot read: ${errorMessage(error)}`);
        return;
      }
      const kind = item.input.kind === "json" ? "text" : item.input.kind;
      let result: WorkerResult;
      try {
        result = await getPool().run({ kind: "import", path: item.input.path, importKind: kind });
      } catch (error) {
        if (aborted()) return;
        item.error = say(lang, `无法导入：${workerFailure(error, lang)}`, `cannot import: ${workerFailure(error, lang)}`);
        return;
      }
      if (result.kind !== "import") return;
      item.importNotes = result.notes;
      if (result.error !== undefined || result.report === undefined) {
        item.error = say(lang, `无法导入：${result.error ?? "未能识别为报告"}`, `cannot import: ${result.error ?? "not recognised as a report"}`);
        return;
      }
      item.imported = result.report;
      item.importedUses = 1;
      await identify(item, lang, result.report);
    });

    // 3. Pair each report with the same agency's previous year.
    const previousIndex = options.previousDir === undefined ? new Map<string, Item>() : await loadPreviousReports(options.previousDir, io, lang);
    pairPrevious(items, previousIndex);

    // 4. Outputs, in input order (so that a clash always fails the same input): their names, and
    //    which are up to date. Every report's outputs are listed before any is rendered.
    const inputPaths = new Set(items.map((item) => item.input.path));
    const claimed = new Map<string, string>();
    const planned: { item: Item; formats: string[] }[] = [];
    const keyOf = (inputHash: string, format: string): string => outputKey({ inputHash, version, format, ...(options.width === undefined ? {} : { width: options.width }) });
    for (const item of items) {
      const { identity, inputHash } = item;
      if (identity === undefined || inputHash === undefined || item.error !== undefined) {
        progress.tick(true);
        continue;
      }
      const formats: string[] = [];
      for (const format of options.formats) {
        const path = outputPathFor(item.input.relative, format);
        const owner = claimed.get(path);
        if (owner !== undefined) {
          item.outputs.push({ format, path, status: "failed", error: say(lang, `输出文件名与 ${owner} 的相同`, `same output name as ${owner}`) });
          continue;
        }
        claimed.set(path, item.input.display);
        if (!identity.renderable) {
          item.outputs.push({
            format,
            path,
            status: "failed",
            error: say(lang, "有计数单元格的数值超出其取值范围（见 meta-nonnegative-integers），未输出", "a cell holds a number its kind cannot (see meta-nonnegative-integers); not rendered"),
          });
          continue;
        }
        const absolute = join(outDir, path);
        if (inputPaths.has(absolute)) {
          item.outputs.push({ format, path, status: "failed", error: say(lang, "输出会覆盖输入文件", "the output would overwrite an input") });
          continue;
        }
        const upToDate = !options.force && manifest.key(path) === keyOf(inputHash, format) && (await stat(absolute).then((info) => info.isFile(), () => false));
        item.outputs.push({ format, path, status: upToDate ? "up-to-date" : "not-run" });
        if (!upToDate) formats.push(format);
      }
      planned.push({ item, formats });
    }

    // 5. Each report: read it again, validate it (with its previous year), then render what is not
    //    up to date in the pool and write each output atomically, recorded in the manifest. The
    //    validation of one report runs here while the workers render others.
    const release = (item: Item | undefined): void => {
      if (item?.importedUses === undefined) return;
      item.importedUses--;
      if (item.importedUses <= 0) delete item.imported;
    };
    const createdDirs = new Set<string>();
    await forEachLimited(planned, Math.max(8, options.jobs * 8), async ({ item, formats }) => {
      if (aborted()) return;
      const previousItem = item.previous;
      const loaded = await loadItem(item, lang);
      const previous = loaded === undefined ? undefined : await loadPrevious(item, lang);
      release(item);
      release(previousItem);
      if (loaded === undefined) {
        progress.tick(true);
        return;
      }
      item.checked = checkedOf(validate(loaded.value, { lang, ...(previous === undefined ? {} : { previous }) }));
      const renderable = loaded.renderable;
      const inputHash = item.inputHash!;
      if (formats.length === 0 || renderable === undefined || aborted()) {
        progress.tick(item.outputs.some((output) => output.status === "failed"));
        return;
      }
      let result: WorkerResult;
      try {
        result = await getPool().run({ kind: "render", report: renderable, formats, ...(options.width === undefined ? {} : { width: options.width }) });
      } catch (error) {
        if (aborted()) return;
        const message = workerFailure(error, lang);
        item.outputs = item.outputs.map((output) => (formats.includes(output.format) ? { ...output, status: "failed", error: message } : output));
        progress.tick(true);
        return;
      }
      if (result.kind !== "render" || aborted()) return;
      const statuses = new Map<string, Pick<OutputRecord, "status" | "error">>();
      for (const failure of result.failures) statuses.set(failure.format, { status: "failed", error: failure.message });
      for (const output of result.outputs) {
        const path = outputPathFor(item.input.relative, output.format);
        const absolute = join(outDir, path);
        try {
          const dir = dirname(absolute);
          if (!createdDirs.has(dir)) {
            await mkdir(dir, { recursive: true });
            createdDirs.add(dir);
          }
          await writeFileAtomic(absolute, output.content, { cwd: outDir, overwrite: true, sync });
          await manifest.record(path, keyOf(inputHash, output.format));
          statuses.set(output.format, { status: "written" });
        } catch (error) {
          statuses.set(output.format, { status: "failed", error: errorMessage(error) });
        }
      }
      item.outputs = item.outputs.map((output) => {
        const status = statuses.get(output.format);
        return status === undefined || output.status === "up-to-date" ? output : { ...output, ...status };
      });
      progress.tick(item.outputs.some((output) => output.status === "failed"));
    });
  } finally {
    progress.stop();
    if (pool !== undefined) {
      pool.cancelPending();
      await pool.destroy();
    }
    await manifest.close();
  }

  // 6. The summary.
  aborted();
  const formatOrder = (output: OutputRecord): number => options.formats.indexOf(output.format);
  for (const item of items) item.outputs.sort((a, b) => formatOrder(a) - formatOrder(b));
  const reports = [...problemItems, ...items].map((item) => recordOf(item, interrupted));
  const finished = Date.now();
  const summary: BatchSummary = {
    tool: "xxgk batch",
    version,
    startedAt,
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    formats: options.formats,
    jobs: options.jobs,
    interrupted,
    totals: totalsOf(reports),
    reports,
  };
  await writeFileAtomic(join(outDir, "summary.json"), summaryJson(summary), { cwd: outDir, overwrite: true, sync });
  await writeFileAtomic(join(outDir, "summary.csv"), summaryCsv(summary), { cwd: outDir, overwrite: true, sync });
  await writeFileAtomic(join(outDir, "summary.html"), summaryHtml(summary), { cwd: outDir, overwrite: true, sync });

  const { totals } = summary;
  io.stderr(
    say(
      lang,
      `xxgk batch: ${totals.inputs} 份，已处理 ${totals.processed}，失败 ${totals.failed}，有错误 ${totals.withErrors}；生成 ${totals.outputsWritten} 个文件，${totals.outputsUpToDate} 个已是最新；用时 ${(summary.durationMs / 1000).toFixed(1)} 秒 → ${displayPath(join(outDir, "summary.html"), io.cwd)}\n`,
      `xxgk batch: ${totals.inputs} inputs, ${totals.processed} processed, ${totals.failed} failed, ${totals.withErrors} with errors; ${totals.outputsWritten} outputs written, ${totals.outputsUpToDate} up to date; ${(summary.durationMs / 1000).toFixed(1)} s → ${displayPath(join(outDir, "summary.html"), io.cwd)}\n`,
    ),
  );
  const exitCode = interrupted
    ? 130
    : totals.processed === 0
      ? 2
      : totals.withErrors > 0 || totals.failed > 0 || totals.outputsFailed > 0
        ? 1
        : 0;
  return { exitCode, summary };
}
