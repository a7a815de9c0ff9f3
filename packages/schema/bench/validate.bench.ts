/**
 * `pnpm bench` for @xxgk/schema: how many reports per second `validate` checks on one core
 * (JSON already parsed; schema parse + every registered rule). Target: ≥ 50,000 reports/s.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validate, checkReport, parseReport, rules, type Report } from "@xxgk/schema";

const corpusDir = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const example = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));

const inputs: unknown[] = [];
if (existsSync(example)) inputs.push(JSON.parse(readFileSync(example, "utf8")));
if (existsSync(corpusDir)) {
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith(".expected.json")).sort()) {
    const { notes: _notes, violations: _violations, ...report } = JSON.parse(readFileSync(corpusDir + file, "utf8")) as Record<string, unknown>;
    inputs.push(report);
  }
}
if (inputs.length === 0) throw new Error("no reports to benchmark: neither the example nor ../shared/corpus was found");
const parsed = inputs.map((input) => {
  const result = parseReport(input);
  if (!result.success) throw new Error("a benchmark report does not parse");
  return result.report;
});

function measure(name: string, run: (index: number) => void, minimumMs = 1500): { name: string; perSecond: number; microseconds: number } {
  for (let i = 0; i < 2000; i++) run(i); // warm-up
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minimumMs) {
    for (let i = 0; i < 500; i++) run(count++);
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { name, perSecond: Math.round((count / elapsedMs) * 1000), microseconds: Math.round((elapsedMs * 1000) / count * 10) / 10 };
}

const results = [
  measure("validate (schema parse + all rules)", (i) => void validate(inputs[i % inputs.length])),
  measure("checkReport (rules only)", (i) => void checkReport(parsed[i % parsed.length] as Report)),
  measure("parseReport (schema only)", (i) => void parseReport(inputs[i % inputs.length])),
];

const rows = results.map((result) => `| ${result.name} | ${result.perSecond.toLocaleString("en-US")} | ${result.microseconds} |`);
process.stdout.write(
  [
    `@xxgk/schema bench — ${inputs.length} real reports, ${rules.length} rules, node ${process.version}, one core`,
    "",
    "| what | reports/s | µs/report |",
    "| --- | ---: | ---: |",
    ...rows,
    "",
    `target: validate ≥ 50,000 reports/s — ${results[0]!.perSecond >= 50_000 ? "met" : "NOT met"}`,
    "",
  ].join("\n"),
);
