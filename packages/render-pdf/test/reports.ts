/**
 * The reports the tests render: the bundled example and the full-report fixtures of
 * `@xxgk/schema` (real reports with narrative), read as files and parsed with `parseReport`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseReport, type Report } from "@xxgk/schema";

const repositoryRoot = resolve(import.meta.dirname, "../../..");
export const examplePath = join(repositoryRoot, "examples/zhangdian-jiguanshiwu-2020.json");
export const fixtureReportsDir = join(repositoryRoot, "packages/schema/test/fixtures/reports");
export const corpusDir = resolve(repositoryRoot, "../shared/corpus");

export interface NamedReport {
  readonly name: string;
  readonly report: Report;
}

export function readReport(path: string): Report {
  const result = parseReport(JSON.parse(readFileSync(path, "utf8")));
  if (!result.success) throw new Error(`${path} is not a valid report`);
  return result.report;
}

/** The bundled example first, then every fixture report, by file name. */
export function testReports(): NamedReport[] {
  const fixtures = readdirSync(fixtureReportsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => ({ name: file.replace(/\.json$/, ""), report: readReport(join(fixtureReportsDir, file)) }));
  if (fixtures.length === 0) throw new Error(`no fixture reports in ${fixtureReportsDir}`);
  return [{ name: "example-zhangdian-jiguanshiwu-2020", report: readReport(examplePath) }, ...fixtures];
}
