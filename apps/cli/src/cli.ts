/**
 * The command-line program: argument parsing with commander, then one of the commands. `run`
 * never throws and never exits the process; it returns the exit code.
 */
import { editionIds, type EditionId, type Lang } from "@xxgk/schema";
import { Command, CommanderError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { batchCommand } from "./commands/batch.js";
import { importCommand } from "./commands/import.js";
import { initCommand } from "./commands/init.js";
import { renderCommand, renderers } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { EXIT_OK, EXIT_USAGE, type Io } from "./io.js";
import { outputFormats, type OutputFormat } from "./outcome.js";
import { langFromArgv, localizeUsageError } from "./usage-messages.js";

export type { Io } from "./io.js";

function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

const langOption = () =>
  new Option("--lang <lang>", "language of messages / 输出语言").choices(["zh", "en"]).default("zh");

function buildProgram(io: Io, lang: Lang, setExitCode: (code: number) => void): Command {
  const program = new Command("xxgk")
    .description("政府信息公开工作年度报告：检查报告、生成空白报告、输出纯文本或 HTML、输出 JSON Schema\nChecks and renders 政府信息公开工作年度报告 (annual reports on government information disclosure).")
    .version(packageJson.version, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(localizeUsageError(text, lang)) })
    .showHelpAfterError("(xxgk help <command> 查看用法 / for usage)");

  program
    .command("validate")
    .description("检查报告 / check reports (exit 0: no errors, 1: error findings, 2: bad usage or input)")
    .argument("<report.json...>", "报告文件 / report files")
    .option("--previous <report.json>", "同一机关上一年度的报告，用于跨年度规则 / the same agency's previous-year report")
    .addOption(new Option("--format <format>", "输出格式 / output format").choices(outputFormats).default("text"))
    .addOption(langOption())
    .option("--ack <file>", '已确认的问题 / acknowledged findings: {"acknowledgements":[{"code","path","reason"}]}')
    .option(
      "--severity <rule=level>",
      "改变规则级别（可重复）/ override a rule's severity: error|warning|info|off (repeatable)",
      collect,
      [] as string[],
    )
    .action(async (files: string[], options: { previous?: string; format: OutputFormat; lang: Lang; ack?: string; severity: string[] }) => {
      setExitCode(
        await validateCommand(
          files,
          {
            format: options.format,
            lang: options.lang,
            severity: options.severity,
            ...(options.previous === undefined ? {} : { previous: options.previous }),
            ...(options.ack === undefined ? {} : { ack: options.ack }),
          },
          io,
        ),
      );
    });

  program
    .command("init")
    .description("生成空白报告 / write a blank report of the edition the year requires")
    .requiredOption("--year <year>", "报告年度 / report year")
    .requiredOption("--agency <name>", "机关名称 / the agency's name")
    .option("--kind <kind>", "机关类别 / kind of agency (e.g. countyGovernment)")
    .option("-o, --output <file>", "写入文件（默认输出到标准输出）/ write to a file instead of stdout")
    .option("--force", "覆盖已有文件 / overwrite an existing file", false)
    .addOption(langOption())
    .action(async (options: { year: string; agency: string; kind?: string; output?: string; force: boolean; lang: Lang }) => {
      setExitCode(
        await initCommand(
          {
            year: options.year,
            agency: options.agency,
            force: options.force,
            lang: options.lang,
            ...(options.kind === undefined ? {} : { kind: options.kind }),
            ...(options.output === undefined ? {} : { output: options.output }),
          },
          io,
        ),
      );
    });

  program
    .command("render")
    .description("输出报告的纯文本或 HTML / render a report as plain text, an HTML page or an HTML fragment")
    .argument("<report.json>", "报告文件 / report file")
    // Checked by the command (not commander's .choices), so an unknown format gets the list and a fix in --lang.
    .requiredOption("--to <format>", `输出格式 / output format: ${Object.keys(renderers).join("|")}`)
    .option("-o, --output <file>", "写入文件（默认输出到标准输出；已有文件被整体替换）/ write to a file instead of stdout (replaced atomically)")
    .option("--width <columns>", "纯文本每行列数，默认 100，至少 40 / columns per line of plain text (default 100, at least 40)")
    .addOption(langOption())
    .action(async (file: string, options: { to: string; output?: string; width?: string; lang: Lang }) => {
      setExitCode(
        await renderCommand(
          file,
          {
            to: options.to,
            lang: options.lang,
            ...(options.output === undefined ? {} : { output: options.output }),
            ...(options.width === undefined ? {} : { width: options.width }),
          },
          io,
        ),
      );
    });

  program
    .command("batch")
    .description("批量检查并输出报告 / validate and render many reports (exit 0: clean, 1: error findings or failed files, 2: nothing processed, 130: interrupted)")
    .argument("<dir|glob...>", "报告所在目录、文件或通配符 / directories, files or globs of reports")
    .requiredOption("--out <dir>", "输出目录 / output directory")
    .option("--to <formats>", "输出格式，逗号分隔 / output formats, comma-separated (default: pdf,html,text as available)")
    .option("--import", "先导入已发布的文本、HTML、PDF / import published text, HTML and PDF files first", false)
    .option("--previous <dir>", "上一年度报告所在目录（用于跨年度规则）/ a directory of previous-year reports, for the cross-year rules")
    .option("--jobs <n>", "并行进程数（默认为 CPU 核数）/ worker threads (default: the number of cores)")
    .option("--force", "重新生成已是最新的输出 / redo outputs that are up to date", false)
    .option("--width <columns>", "纯文本每行列数 / columns per line of plain text")
    .addOption(new Option("--recycle-after <n>", "worker recycling interval (reports per worker)").hideHelp())
    .option("--no-fsync", "不在改名前写入磁盘（更快，断电时可能丢失）/ do not flush outputs to disk before renaming them")
    .addOption(langOption())
    .action(
      async (
        inputs: string[],
        options: { out: string; to?: string; import: boolean; previous?: string; jobs?: string; force: boolean; width?: string; recycleAfter?: string; fsync: boolean; lang: Lang },
      ) => {
        setExitCode(
          await batchCommand(
            inputs,
            {
              out: options.out,
              import: options.import,
              force: options.force,
              fsync: options.fsync,
              lang: options.lang,
              ...(options.to === undefined ? {} : { to: options.to }),
              ...(options.previous === undefined ? {} : { previous: options.previous }),
              ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
              ...(options.width === undefined ? {} : { width: options.width }),
              ...(options.recycleAfter === undefined ? {} : { recycleAfter: options.recycleAfter }),
            },
            io,
          ),
        );
      },
    );

  program
    .command("import")
    .description("导入已发布的报告（PDF、网页、文本）/ read a published report (PDF, HTML page, text) into a report (exit 0: report produced, 2: not a report)")
    .argument("<file>", "已发布的报告文件 / the published report: .pdf, .html or text")
    .option("-o, --output <report.json>", "写入文件（默认输出到标准输出），导入说明写入同目录的 *.import.json / write to a file instead of stdout; notes go to *.import.json beside it")
    // Checked by the command, so an unknown format gets the list and a fix in --lang.
    .option("--format <format>", "标准输出的内容：json（报告）或 text（摘要）/ what stdout shows: json (the report) or text (a summary)", "json")
    .addOption(langOption())
    .action(async (file: string, options: { output?: string; format: string; lang: Lang }) => {
      setExitCode(
        await importCommand(file, { format: options.format, lang: options.lang, ...(options.output === undefined ? {} : { output: options.output }) }, io),
      );
    });

  program
    .command("schema")
    .description("输出某版式的 JSON Schema / print the JSON Schema of an edition")
    .addOption(new Option("--edition <edition>", "版式 / edition").choices(editionIds).makeOptionMandatory())
    .action((options: { edition: EditionId }) => {
      setExitCode(schemaCommand(options, io));
    });

  return program;
}

/**
 * Runs the CLI on `argv` (as in `process.argv`: node, script, then the arguments) and returns the
 * exit code. Output goes to `io`; nothing here touches the process.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT_OK;
  try {
    const program = buildProgram(io, langFromArgv(argv), (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: "node" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is bad usage.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`xxgk: internal error: ${message.split("\n")[0] ?? ""}\n`);
    return EXIT_USAGE;
  }
}
