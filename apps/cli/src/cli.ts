/**
 * The command-line program: argument parsing with commander, then one of the commands. `run`
 * never throws and never exits the process; it returns the exit code.
 */
import { editionIds, type EditionId, type Lang } from "@xxgk/schema";
import { Command, CommanderError, Option } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { initCommand } from "./commands/init.js";
import { renderCommand, renderers } from "./commands/render.js";
import { schemaCommand } from "./commands/schema.js";
import { validateCommand } from "./commands/validate.js";
import { EXIT_OK, EXIT_USAGE, type Io } from "./io.js";
import { outputFormats, type OutputFormat } from "./outcome.js";

export type { Io } from "./io.js";

function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

const langOption = () =>
  new Option("--lang <lang>", "language of messages / 输出语言").choices(["zh", "en"]).default("zh");

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command("xxgk")
    .description("政府信息公开工作年度报告：检查报告、生成空白报告、输出纯文本或 HTML、输出 JSON Schema\nChecks and renders 政府信息公开工作年度报告 (annual reports on government information disclosure).")
    .version(packageJson.version, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
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
    const program = buildProgram(io, (code) => {
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
