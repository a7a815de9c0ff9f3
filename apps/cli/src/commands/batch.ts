/**
 * `xxgk batch <dir|glob>... --out <dir> [--to pdf,html,text] [--import] [--previous <dir>]
 * [--jobs N] [--force]`: a whole area's reports at once. The options are checked here; the work is
 * in `../batch/run.ts`.
 */
import type { Lang } from "@xxgk/schema";
import { runBatch, defaultJobs, type BatchDependencies } from "../batch/run.js";
import { batchFormats, defaultFormatNames } from "../batch/formats.js";
import { importer } from "../batch/importer.js";
import { say, usageError, type Io } from "../io.js";
import { MIN_TEXT_WIDTH } from "./render.js";

export interface BatchCommandOptions {
  readonly out: string;
  /** Comma-separated format names, as typed. */
  readonly to?: string;
  readonly import: boolean;
  readonly previous?: string;
  /** As typed. */
  readonly jobs?: string;
  readonly force: boolean;
  readonly lang: Lang;
  readonly width?: string;
  readonly recycleAfter?: string;
  /** `--no-fsync`: outputs are not flushed to disk before their rename. */
  readonly fsync: boolean;
}

export const DEFAULT_RECYCLE_AFTER = 200;

function positiveInteger(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) && Number(trimmed) > 0 ? Number(trimmed) : undefined;
}

export async function batchCommand(
  inputs: readonly string[],
  options: BatchCommandOptions,
  io: Io,
  dependencies: BatchDependencies = {},
): Promise<number> {
  const { lang } = options;
  const available = batchFormats();
  const names = available.map((format) => format.name);
  const formats =
    options.to === undefined
      ? [...defaultFormatNames()]
      : [...new Set(options.to.split(",").map((name) => name.trim()).filter((name) => name !== ""))];
  const unknown = formats.filter((name) => !names.includes(name));
  if (unknown.length > 0 || formats.length === 0) {
    return usageError(
      io,
      say(lang, `未知的输出格式 --to ${options.to ?? ""}；可用的格式：${names.join(", ")}`, `unknown output format --to ${options.to ?? ""}; the formats are: ${names.join(", ")}`),
      say(lang, "修改：如 --to html,text", "fix: e.g. --to html,text"),
    );
  }
  let jobs = defaultJobs();
  if (options.jobs !== undefined) {
    const parsed = positiveInteger(options.jobs);
    if (parsed === undefined) {
      return usageError(io, say(lang, `--jobs ${options.jobs} 不是正整数`, `--jobs ${options.jobs} is not a positive integer`), say(lang, `修改：如 --jobs ${defaultJobs()}（默认为 CPU 核数）`, `fix: e.g. --jobs ${defaultJobs()} (the default is the number of cores)`));
    }
    jobs = parsed;
  }
  let width: number | undefined;
  if (options.width !== undefined) {
    const parsed = positiveInteger(options.width);
    if (parsed === undefined || parsed < MIN_TEXT_WIDTH) {
      return usageError(io, say(lang, `--width ${options.width} 无效：纯文本至少 ${MIN_TEXT_WIDTH} 列`, `--width ${options.width} is not valid: plain text needs at least ${MIN_TEXT_WIDTH} columns`));
    }
    width = parsed;
  }
  let recycleAfter = DEFAULT_RECYCLE_AFTER;
  if (options.recycleAfter !== undefined) {
    const parsed = positiveInteger(options.recycleAfter);
    if (parsed === undefined) return usageError(io, say(lang, `--recycle-after ${options.recycleAfter} 不是正整数`, `--recycle-after ${options.recycleAfter} is not a positive integer`));
    recycleAfter = parsed;
  }
  if (options.import && importer === undefined) {
    return usageError(
      io,
      say(lang, "--import 需要 @xxgk/import，本版本尚未包含", "--import needs @xxgk/import, which this build does not include yet"),
      say(lang, "修改：先用 xxgk 之外的方式把已发布的报告转换为 JSON，或去掉 --import", "fix: convert the published reports to JSON first, or leave out --import"),
    );
  }
  if (inputs.length === 0) return usageError(io, say(lang, "没有给出报告", "no reports given"));

  try {
    const outcome = await runBatch(
      {
        inputs,
        out: options.out,
        formats,
        importing: options.import,
        jobs,
        force: options.force,
        lang,
        recycleAfter,
        sync: options.fsync,
        ...(options.previous === undefined ? {} : { previousDir: options.previous }),
        ...(width === undefined ? {} : { width }),
      },
      io,
      {
        ...dependencies,
        ...(dependencies.signal === undefined && io.signal !== undefined ? { signal: io.signal } : {}),
        ...(dependencies.terminal === undefined && io.terminal !== undefined ? { terminal: io.terminal } : {}),
      },
    );
    return outcome.exitCode;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return usageError(io, say(lang, `批处理无法进行：${message}`, `the batch could not run: ${message}`), say(lang, "修改：检查 --out 目录是否可写", "fix: check that the --out directory can be written"));
  }
}


