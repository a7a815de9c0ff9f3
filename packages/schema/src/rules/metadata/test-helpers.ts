/**
 * Test support for the metadata rules (imported only by `*.test.ts`): real reports of the corpus
 * with their printed text put back (title, preamble, narrative, signature), taken verbatim from
 * the corpus `.txt` files. Every passage is looked up in the text, so a passage that is not
 * really there fails the test instead of testing invented prose.
 */
import { corpusEntry, type CorpusEntry } from "../../../test/corpus.js";
import { validate, type ValidationResult } from "../../validate.js";
import type { Finding } from "../../findings/types.js";

/** The extracted text without page footers (-1-, — 7 —) and without white space. */
export function compactText(entry: CorpusEntry): string {
  return entry.text
    .split("\n")
    .filter((line) => !/^\s*[-—–]\s*\d+\s*[-—–]\s*$/.test(line))
    .join("")
    .replace(/\s+/g, "");
}

/**
 * The text from `from` (included) up to `to` (excluded), white space removed; just `from` when
 * `to` is absent. Throws when either marker is not in the report's text.
 */
export function passage(entry: CorpusEntry, from: string, to?: string): string {
  const text = compactText(entry);
  const start = text.indexOf(from.replace(/\s+/g, ""));
  if (start === -1) throw new Error(`"${from}" is not in ${entry.name}.txt`);
  if (to === undefined) return from.replace(/\s+/g, "");
  const end = text.indexOf(to.replace(/\s+/g, ""), start + 1);
  if (end === -1) throw new Error(`"${to}" does not follow "${from}" in ${entry.name}.txt`);
  return text.slice(start, end);
}

/** A corpus report as JSON, for editing. */
export type ReportJson = Record<string, unknown> & {
  tables: Record<string, Record<string, Record<string, unknown>>>;
  asPublished?: Record<string, unknown>;
};

/** A deep copy of a corpus report (tables only, as the corpus records it). */
export function tablesOnly(name: string): ReportJson {
  return structuredClone(corpusEntry(name).report) as ReportJson;
}

/**
 * Full reports rebuilt from the corpus text: 04 沭阳县发展和改革局 2023 (HTML text, every part and
 * the signature) and 03 淮安市洪泽区人民政府 2024 (PDF text, no signature printed).
 */
export function fullReport(name: "04-shuyang-fagaiju-2023" | "03-hongze-qu-2024"): ReportJson {
  const entry = corpusEntry(name);
  const report = structuredClone(entry.report) as ReportJson;
  if (name === "04-shuyang-fagaiju-2023") {
    const organ = passage(entry, "六、其他需要报告的事项2023年度，县发展和改革局政府信息公开未发生收费情况。沭阳县发展和改革局").slice(-9);
    passage(entry, "2024年1月17日");
    return {
      ...report,
      title: passage(entry, "沭阳县发展和改革局2023年政府信息公开年度报告"),
      preamble: [passage(entry, "根据《中华人民共和国政府信息公开条例》", "一、总体情况")],
      narrative: {
        overview: { paragraphs: [passage(entry, "2023年，县发展和改革局认真贯彻", "二、主动公开政府信息情况")] },
        problemsAndImprovements: {
          paragraphs: [passage(entry, "（一）存在的主要问题", "六、其他需要报告的事项")],
        },
        otherMatters: { paragraphs: [passage(entry, "2023年度，县发展和改革局政府信息公开未发生收费情况。")] },
      },
      signature: { organ, date: "2024-01-17" },
      asPublished: { headings: { problemsAndImprovements: "五、存在的主要问题及整改措施" } },
    };
  }
  return {
    ...report,
    title: passage(entry, "淮安市洪泽区人民政府2024年政府信息公开工作年度报告"),
    preamble: [passage(entry, "本报告由淮安市洪泽区人民政府办公室根据", "一、总体情况")],
    narrative: {
      overview: { paragraphs: [passage(entry, "2024年，淮安市洪泽区人民政府坚持", "二、主动公开政府信息情况")] },
      problemsAndImprovements: { paragraphs: [passage(entry, "2024年，全区政府信息公开工", "六、其他需要报告的事项")] },
      otherMatters: { paragraphs: [passage(entry, "2024年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。")] },
    },
  };
}

/** Runs one rule through `validate` (parse, set-aside cells, engine). */
export function run(report: unknown, rule: string, options: { lang?: "zh" | "en"; previous?: unknown } = {}): ValidationResult {
  return validate(report, {
    only: [rule],
    ...(options.lang === undefined ? {} : { lang: options.lang }),
    ...(options.previous === undefined ? {} : { previous: parsedPrevious(options.previous) }),
  });
}

function parsedPrevious(previous: unknown) {
  const result = validate(previous, { only: [] });
  if (result.report === undefined) throw new Error(`previous report does not parse: ${JSON.stringify(result.issues)}`);
  return result.report;
}

/** The findings of one rule on a report, failing loudly when the report does not parse. */
export function findingsOf(report: unknown, rule: string, options: { lang?: "zh" | "en"; previous?: unknown } = {}): readonly Finding[] {
  const result = run(report, rule, options);
  if (result.issues.length > 0) throw new Error(`report does not parse: ${JSON.stringify(result.issues)}`);
  return result.findings;
}

/** The status of one rule on a report. */
export function statusOf(report: unknown, rule: string): string | undefined {
  return run(report, rule).checks.find((check) => check.code === rule)?.status;
}
