/**
 * `pnpm bench` for @xxgk/schema: how many reports per second `validate` checks on one core
 * (JSON already parsed; schema parse + every registered rule). Target: ≥ 50,000 reports/s.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validate, checkReport, parseReport, rules, type Report } from "@xxgk/schema";

const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));

/** The example: a whole report, narrative included. */
const narrativeInputs: unknown[] = [];
/** The corpus reports: the tables only (their `notes` and `violations` are test expectations). */
const tablesOnlyInputs: unknown[] = [];
if (existsSync(example)) narrativeInputs.push(JSON.parse(readFileSync(example, "utf8")));
if (existsSync(corpusDir)) {
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith(".expected.json")).sort()) {
    const { notes: _notes, violations: _violations, ...report } = JSON.parse(readFileSync(corpusDir + file, "utf8")) as Record<string, unknown>;
    tablesOnlyInputs.push(report);
  }
}
const inputs: unknown[] = [...narrativeInputs, ...tablesOnlyInputs];
if (inputs.length === 0) throw new Error("no reports to benchmark: neither the example nor ../shared/corpus was found");

/**
 * Generated reports, as the monorepo's `pnpm bench` validates them (bench/cases.ts, case
 * `validate`): 2,000 reports of @xxgk/testing's generator, both editions, narrative included,
 * about a fifth with a typical error. Imported by path (this package does not depend on the
 * private testing package) and skipped when it is not there.
 */
const testingEntry = fileURLToPath(new URL("../../testing/src/index.ts", import.meta.url));
const generatedInputs: unknown[] = existsSync(testingEntry)
  ? (
      (await import(pathToFileURL(testingEntry).href)) as {
        generateCorpus(options: { seed: number; count: number; flawed: number }): readonly { readonly report: unknown }[];
      }
    )
      .generateCorpus({ seed: 2026, count: 2000, flawed: 0.2 })
      .map((entry) => entry.report)
  : [];

/**
 * No cache of the package survives a `validate` call (the per-report analyses live in the rule
 * context of one call), so validating the same few objects over and over measures the same work
 * as validating new ones. This row shows it: the mix as 2,000 distinct deep copies, built before
 * the timing, so that neither a cache keyed on the input nor the CPU caches holding the same few
 * objects can flatter the figure.
 */
const distinctCopies = Array.from({ length: 2000 }, (_, index) => structuredClone(inputs[index % inputs.length]));
const parsed = inputs.map((input) => {
  const result = parseReport(input);
  if (!result.success) throw new Error("a benchmark report does not parse");
  return result.report;
});

/**
 * Warm-up before each measurement: V8 takes seconds, not a few thousand calls, to optimise the
 * rules' code (a profile of the mix showed it ~2× slower over its first second than from the
 * third on), so a count-based warm-up measured the first kind measured — the mix — mostly before
 * optimisation. At least 2,000 calls and 2 s.
 */
const WARM_UP_MS = 2000;

function measure(name: string, run: (index: number) => void, minimumMs = 1500): { name: string; perSecond: number; microseconds: number } {
  const warmUpStart = process.hrtime.bigint();
  for (let i = 0; i < 2000 || Number(process.hrtime.bigint() - warmUpStart) / 1e6 < WARM_UP_MS; i++) run(i); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minimumMs) {
    for (let i = 0; i < 500; i++) run(count++);
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { name, perSecond: Math.round((count / elapsedMs) * 1000), microseconds: Math.round((elapsedMs * 1000) / count * 10) / 10 };
}

// validate over the whole mix (the target), then each kind alone so that neither hides the other
const results = [
  measure(`validate (schema parse + all rules), all ${inputs.length} reports`, (i) => void validate(inputs[i % inputs.length])),
  ...(tablesOnlyInputs.length === 0
    ? []
    : [measure(`validate, ${tablesOnlyInputs.length} tables-only reports`, (i) => void validate(tablesOnlyInputs[i % tablesOnlyInputs.length]))]),
  ...(narrativeInputs.length === 0
    ? []
    : [measure("validate, the example alone (with narrative)", (i) => void validate(narrativeInputs[i % narrativeInputs.length]))]),
  measure(`validate, the mix as ${distinctCopies.length.toLocaleString("en-US")} distinct copies`, (i) => void validate(distinctCopies[i % distinctCopies.length])),
  ...(generatedInputs.length === 0
    ? []
    : [
        measure(`validate, ${generatedInputs.length.toLocaleString("en-US")} generated reports (@xxgk/testing, both editions, narrative)`, (i) =>
          void validate(generatedInputs[i % generatedInputs.length]),
        ),
      ]),
  measure("checkReport (rules only)", (i) => void checkReport(parsed[i % parsed.length] as Report)),
  measure("parseReport (schema only)", (i) => void parseReport(inputs[i % inputs.length])),
];

const TARGET = 50_000;
const verdict = (result: { perSecond: number }): string => `${result.perSecond.toLocaleString("en-US")}/s, ${result.perSecond >= TARGET ? "met" : "NOT met"}`;
const wholeReports = results.find((result) => result.name.includes("generated reports"));

const rows = results.map((result) => `| ${result.name} | ${result.perSecond.toLocaleString("en-US")} | ${result.microseconds} |`);
process.stdout.write(
  [
    `@xxgk/schema bench — ${inputs.length} real reports, ${rules.length} rules, node ${process.version}, one core, ${WARM_UP_MS / 1000} s warm-up per row`,
    "",
    "| what | reports/s | µs/report |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `target: validate ≥ 50,000 reports/s — on the mix: ${verdict(results[0]!)}; on whole reports with their narrative (the generated ones): ${wholeReports === undefined ? "not measured" : verdict(wholeReports)}`,
    "",
  ].join("\n"),
);
