/**
 * commander's own usage errors (a missing argument, an unknown option …) in the language of the
 * call: commander writes them in English; with `--lang zh` (the default) they are put into Chinese,
 * the option and argument names kept as typed.
 */
import type { Lang } from "@xxgk/schema";

/** The language asked for on the command line, before commander has parsed it: `--lang en` or `--lang=en`. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang" && argv[i + 1] === "en") return "en";
    if (arg === "--lang=en") return "en";
  }
  return "zh";
}

const translations: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^error: missing required argument '(.+)'$/, (name) => `错误：缺少必需的参数 ${name}`],
  [/^error: option '(.+)' argument missing$/, (flags) => `错误：选项 ${flags} 缺少取值`],
  [/^error: required option '(.+)' not specified$/, (flags) => `错误：缺少必需的选项 ${flags}`],
  [/^error: unknown option '(.+)'$/, (flag) => `错误：没有选项 ${flag}`],
  [/^error: unknown command '(.+)'$/, (name) => `错误：没有命令 ${name}（可用命令见 xxgk --help）`],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (command, expected, got) => `错误：${command === undefined || command === "" ? "" : `命令 ${command} 的`}参数过多：应为 ${expected} 个，实际 ${got} 个`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (flags, value, choices) => `错误：选项 ${flags} 的取值“${value}”无效，可选：${choices}`],
  [/^\(Did you mean (.+)\?\)$/, (suggestion) => `（是否想输入 ${suggestion}？）`],
];

/** One error text from commander, translated line by line when `lang` is zh; untouched in English. */
export function localizeUsageError(text: string, lang: Lang): string {
  if (lang === "en") return text;
  return text
    .split("\n")
    .map((line) => {
      for (const [pattern, translate] of translations) {
        const match = pattern.exec(line);
        if (match !== null) return translate(...match.slice(1).map((group) => group ?? ""));
      }
      return line;
    })
    .join("\n");
}
