/**
 * `xxgk init --year <Y> --agency <name> [--kind <kind>] [-o file] [--force]`: a blank report of the
 * edition the year requires, as pretty JSON, to a file (atomic write, never over an existing file
 * without --force) or to stdout.
 */
import {
  agencyKindDefinitions,
  blankReport,
  editionForYear,
  editions,
  formatPath,
  parseReport,
  type AgencyKind,
  type Lang,
} from "@xxgk/schema";
import { FileExistsError, writeFileAtomic } from "../files.js";
import { EXIT_OK, say, usageError, type Io } from "../io.js";

export interface InitCommandOptions {
  readonly year: string;
  readonly agency: string;
  readonly kind?: string;
  readonly output?: string;
  readonly force: boolean;
  readonly lang: Lang;
}

/** The kind named by its id, its Chinese label or its English label. */
function findKind(name: string): AgencyKind | undefined {
  const wanted = name.trim();
  return agencyKindDefinitions.find(
    (kind) =>
      kind.id === wanted || kind.label === wanted || kind.labelEn.toLowerCase() === wanted.toLowerCase(),
  )?.id;
}

function kindList(): string {
  const width = Math.max(...agencyKindDefinitions.map((kind) => kind.id.length));
  return agencyKindDefinitions.map((kind) => `  ${kind.id.padEnd(width)}  ${kind.label}`).join("\n");
}

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

export async function initCommand(options: InitCommandOptions, io: Io): Promise<number> {
  const { lang } = options;
  const firstYear = editions[0]?.reportYears.from ?? 2019;
  if (!/^\d{4}$/.test(options.year.trim())) {
    return usageError(
      io,
      say(lang, `--year ${options.year} 不是年份`, `--year ${options.year} is not a year`),
      say(lang, "填四位数的报告年度，如 --year 2024", "give the report year as four digits, e.g. --year 2024"),
    );
  }
  const year = Number(options.year.trim());
  if (editionForYear(year) === undefined) {
    return usageError(
      io,
      say(
        lang,
        `${year} 年度没有适用的报告版式：统一版式自 ${firstYear} 年度起适用`,
        `no edition of the format covers report year ${year}: the first applies from ${firstYear}`,
      ),
      say(lang, `填 ${firstYear} 或以后的年度`, `give a year from ${firstYear} on`),
    );
  }
  let kind: AgencyKind | undefined;
  if (options.kind !== undefined) {
    kind = findKind(options.kind);
    if (kind === undefined) {
      io.stderr(
        `xxgk: ${say(lang, `未知的机关类别 “${options.kind}”；可用的类别：`, `unknown agency kind "${options.kind}"; the kinds are:`)}\n${kindList()}\n`,
      );
      return 2;
    }
  }
  const report = blankReport({ reportYear: year, agency: options.agency, ...(kind === undefined ? {} : { agencyKind: kind }) });
  // The blank must itself be a report (an empty agency name, a year past the schema's range…).
  const parsed = parseReport(report, { lang });
  if (!parsed.success) {
    io.stderr(`xxgk: ${say(lang, "无法生成空白报告：", "cannot make a blank report:")}\n`);
    for (const issue of parsed.issues) {
      io.stderr(`  ${formatPath(issue.path)}: ${issue.message}\n    ${say(lang, "修改：", "fix: ")}${issue.fix}\n`);
    }
    return 2;
  }
  const content = `${JSON.stringify(report, null, 2)}\n`;
  if (options.output === undefined) {
    io.stdout(content);
    return EXIT_OK;
  }
  try {
    await writeFileAtomic(options.output, content, { cwd: io.cwd, overwrite: options.force });
  } catch (error) {
    if (error instanceof FileExistsError) {
      return usageError(
        io,
        say(lang, `${options.output} 已存在，未覆盖`, `${options.output} exists; not overwritten`),
        say(lang, "要覆盖它请加 --force，或用 -o 另选文件名", "add --force to overwrite it, or choose another name with -o"),
      );
    }
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      return usageError(
        io,
        say(lang, `无法写入 ${options.output}：所在目录不存在`, `cannot write ${options.output}: its directory does not exist`),
        say(lang, "先创建该目录", "create the directory first"),
      );
    }
    return usageError(
      io,
      say(lang, `无法写入 ${options.output}：${error instanceof Error ? error.message : String(error)}`, `cannot write ${options.output}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  io.stderr(
    say(
      lang,
      `xxgk: 已写入 ${options.output}（${year} 年度，${report.edition} 版式）\n`,
      `xxgk: wrote ${options.output} (report year ${year}, edition ${report.edition})\n`,
    ),
  );
  return EXIT_OK;
}
