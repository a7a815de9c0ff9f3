/**
 * `xxgk validate <report.json>...`: reads each file, validates it with @xxgk/schema and prints the
 * findings. Exit code: the worst over the files (0 clean, 1 error findings, 2 unreadable input).
 */
import {
  acknowledgementFileSchema,
  formatPath,
  getRule,
  rules,
  validate,
  type Acknowledgement,
  type Lang,
  type Report,
  type SeverityOverride,
  type ValidateOptions,
} from "@xxgk/schema";
import { readJsonFile, type ReadError } from "../files.js";
import { formatGithub } from "../format/github.js";
import { formatJson } from "../format/json.js";
import { formatText } from "../format/text.js";
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, say, usageError, type Io } from "../io.js";
import { locator } from "../json-locate.js";
import type { FileOutcome, OutputFormat } from "../outcome.js";

export interface ValidateCommandOptions {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly previous?: string;
  readonly ack?: string;
  /** `rule=level` strings, as given. */
  readonly severity: readonly string[];
}

const severityLevels: readonly SeverityOverride[] = ["error", "warning", "info", "off"];

function isSeverityOverride(value: string): value is SeverityOverride {
  return (severityLevels as readonly string[]).includes(value);
}

/** Parses `--severity rule=level` options; a message for stderr when one is wrong. */
export function parseSeverityOverrides(
  values: readonly string[],
  lang: Lang,
): { ok: true; overrides: Record<string, SeverityOverride> } | { ok: false; message: string; fix: string } {
  const overrides: Record<string, SeverityOverride> = {};
  for (const value of values) {
    const equals = value.indexOf("=");
    const rule = equals === -1 ? value : value.slice(0, equals).trim();
    const level = equals === -1 ? "" : value.slice(equals + 1).trim().toLowerCase();
    if (equals === -1 || rule === "" || !isSeverityOverride(level)) {
      return {
        ok: false,
        message: say(lang, `--severity ${value} 的写法不对`, `--severity ${value} is not of the form <rule>=<level>`),
        fix: say(
          lang,
          "写成 <规则>=<error|warning|info|off>，如 --severity t3-balance-per-column=warning",
          "write <rule>=<error|warning|info|off>, e.g. --severity t3-balance-per-column=warning",
        ),
      };
    }
    if (getRule(rule) === undefined) {
      return {
        ok: false,
        message: say(lang, `--severity：没有名为 ${rule} 的规则`, `--severity: there is no rule named ${rule}`),
        fix: say(lang, `可用的规则：${rules.map((r) => r.id).join(", ")}`, `the rules are: ${rules.map((r) => r.id).join(", ")}`),
      };
    }
    overrides[rule] = level;
  }
  return { ok: true, overrides };
}

function printReadError(io: Io, what: string, error: ReadError, lang: Lang): number {
  return usageError(io, `${what}${error.message}`, say(lang, `修改：${error.fix}`, `fix: ${error.fix}`));
}

async function loadAcknowledgements(io: Io, file: string, lang: Lang): Promise<readonly Acknowledgement[] | number> {
  const read = await readJsonFile(file, io.cwd, lang);
  if (!read.ok) return printReadError(io, "--ack: ", read.error, lang);
  const parsed = acknowledgementFileSchema.safeParse(read.value);
  if (parsed.success) return parsed.data.acknowledgements;
  io.stderr(
    `xxgk: ${say(lang, `--ack ${file} 不是有效的确认文件：`, `--ack ${file} is not an acknowledgement file:`)}\n`,
  );
  for (const issue of parsed.error.issues) {
    io.stderr(`  ${formatPath(issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)))}: ${issue.message}\n`);
  }
  io.stderr(
    `  ${say(lang, "修改：", "fix: ")}${say(lang, "格式为", "the format is")} {"acknowledgements": [{"code": "t3-results-sum", "path": "tables.applications.resultsTotal.total", "reason": "…"}]}\n`,
  );
  return EXIT_USAGE;
}

async function loadPrevious(io: Io, file: string, lang: Lang): Promise<Report | number> {
  const read = await readJsonFile(file, io.cwd, lang);
  if (!read.ok) return printReadError(io, "--previous: ", read.error, lang);
  // No rules: only whether it reads as a report (out-of-range cells are set aside, as for any report).
  const result = validate(read.value, { lang, only: [] });
  if (result.report !== undefined) return result.report;
  io.stderr(`xxgk: ${say(lang, `--previous ${file} 不是有效的报告：`, `--previous ${file} is not a report:`)}\n`);
  for (const issue of result.issues) {
    io.stderr(`  ${formatPath(issue.path)}: ${issue.message}\n    ${say(lang, "修改：", "fix: ")}${issue.fix}\n`);
  }
  return EXIT_USAGE;
}

async function validateFile(io: Io, file: string, options: ValidateOptions, lang: Lang): Promise<FileOutcome> {
  const read = await readJsonFile(file, io.cwd, lang);
  if (!read.ok) return { file, exitCode: EXIT_USAGE, readError: read.error };
  const result = validate(read.value, options);
  const locate = locator(read.text);
  const exitCode = result.report === undefined ? EXIT_USAGE : result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  return { file, exitCode, result, ...(locate === undefined ? {} : { locate }) };
}

export async function validateCommand(files: readonly string[], options: ValidateCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  const severity = parseSeverityOverrides(options.severity, lang);
  if (!severity.ok) return usageError(io, severity.message, severity.fix);

  let acknowledgements: readonly Acknowledgement[] = [];
  if (options.ack !== undefined) {
    const loaded = await loadAcknowledgements(io, options.ack, lang);
    if (typeof loaded === "number") return loaded;
    acknowledgements = loaded;
  }
  let previous: Report | undefined;
  if (options.previous !== undefined) {
    const loaded = await loadPrevious(io, options.previous, lang);
    if (typeof loaded === "number") return loaded;
    previous = loaded;
  }

  const validateOptions: ValidateOptions = {
    lang,
    severity: severity.overrides,
    acknowledgements,
    ...(previous === undefined ? {} : { previous }),
  };
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await validateFile(io, file, validateOptions, lang));

  const context = { lang };
  const output =
    options.format === "json"
      ? formatJson(outcomes)
      : options.format === "github"
        ? formatGithub(outcomes, context)
        : formatText(outcomes, context);
  io.stdout(output);
  return Math.max(EXIT_OK, ...outcomes.map((outcome) => outcome.exitCode));
}
