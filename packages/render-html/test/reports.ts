/** The reports the tests render: the bundled example and every full-report fixture of @xxgk/schema. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReport, type Report } from "@xxgk/schema";

export const exampleFile = fileURLToPath(new URL("../../../examples/zhangdian-jiguanshiwu-2020.json", import.meta.url));
export const fixturesDir = fileURLToPath(new URL("../../schema/test/fixtures/reports/", import.meta.url));
export const goldenDir = fileURLToPath(new URL("./fixtures/golden/", import.meta.url));
export const artifactsDir = fileURLToPath(new URL("../.artifacts/", import.meta.url));

export interface NamedReport {
  /** File name without `.json`. */
  readonly name: string;
  readonly report: Report;
}

export function loadReport(file: string): Report {
  const result = parseReport(JSON.parse(readFileSync(file, "utf8")) as unknown);
  if (!result.success) throw new Error(`${file} does not parse as a report`);
  return result.report;
}

export function exampleReport(): NamedReport {
  return { name: "zhangdian-jiguanshiwu-2020", report: loadReport(exampleFile) };
}

export function allReports(): NamedReport[] {
  const fixtures = readdirSync(fixturesDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ name: name.slice(0, -".json".length), report: loadReport(fixturesDir + name) }));
  return [exampleReport(), ...fixtures];
}
