/**
 * The reports beside the code that tests and benches render: the bundled example
 * (`examples/zhangdian-jiguanshiwu-2020.json`) and `@xxgk/schema`'s full-report fixtures
 * (`packages/schema/test/fixtures/reports/*.json`, real reports with narrative), read and parsed
 * with `parseReport`. Part of `@xxgk/testing/node` (it reads files).
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseReport, type Report } from "@xxgk/schema";
import { repositoryRoot } from "./reports.js";

/** The bundled example report. */
export const examplePath = join(repositoryRoot, "examples", "zhangdian-jiguanshiwu-2020.json");
/** `@xxgk/schema`'s full-report fixtures. */
export const fixtureReportsDir = join(repositoryRoot, "packages", "schema", "test", "fixtures", "reports");

export interface NamedReport {
  /** The file name without `.json`, e.g. `zhangdian-jiguanshiwu-2020` or `05-pingtan-2020`. */
  readonly name: string;
  readonly report: Report;
}

/** Reads and parses one report file; throws when it is not a valid report. */
export function readReport(path: string): Report {
  const parsed = parseReport(JSON.parse(readFileSync(path, "utf8")) as unknown);
  if (parsed.success) return parsed.report;
  throw new Error(`${path} does not parse as a report`);
}

function named(path: string): NamedReport {
  return { name: basename(path, ".json"), report: readReport(path) };
}

/** The bundled example, named `zhangdian-jiguanshiwu-2020`. */
export function exampleReport(): NamedReport {
  return named(examplePath);
}

/** Every fixture report, sorted by file name; throws when there are none. */
export function fixtureReports(dir: string = fixtureReportsDir): NamedReport[] {
  const files = readdirSync(dir).filter((file) => file.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`There are no fixture reports in ${dir}.`);
  return files.map((file) => named(join(dir, file)));
}

/**
 * What the renderers' tests go through: the bundled example first, named
 * `example-zhangdian-jiguanshiwu-2020` (the `example-` keeps it apart from any fixture), then every
 * fixture report by file name.
 */
export function testReports(): NamedReport[] {
  const { name, report } = exampleReport();
  return [{ name: `example-${name}`, report }, ...fixtureReports()];
}
