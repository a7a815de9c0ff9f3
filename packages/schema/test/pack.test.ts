/**
 * The package as other teams get it: packed with `npm pack`, installed into a scratch ESM project
 * and a scratch CommonJS project, each validating a real report. Fails (never skips) when the
 * package has not been built.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusEntry } from "./corpus.js";

const packageDir = resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "xxgk-schema-pack-"));
let tarball = "";

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_loglevel: "error" } });
}

function scratchProject(name: string, type: "module" | "commonjs"): string {
  const dir = join(scratch, name);
  run("mkdir", ["-p", dir], scratch);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type, dependencies: { "@xxgk/schema": `file:${tarball}` } }, null, 2));
  writeFileSync(join(dir, "report.json"), JSON.stringify(corpusEntry("05-pingtan-2020").report));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], dir);
  return dir;
}

beforeAll(() => {
  for (const file of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
    if (!existsSync(join(packageDir, file))) {
      throw new Error(`@xxgk/schema is not built (${file} is missing): run \`pnpm build\` first`);
    }
  }
  const output = run("npm", ["pack", "--json", "--pack-destination", scratch], packageDir);
  const [packed] = JSON.parse(output) as { filename: string; files: { path: string }[] }[];
  tarball = join(scratch, packed!.filename);
  const paths = packed!.files.map((file) => file.path);
  expect(paths).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "json-schema/report-2021.schema.json"]));
  expect(paths.some((path) => path.endsWith(".test.ts"))).toBe(false);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("packed @xxgk/schema", () => {
  it("validates a report from an ESM project (import)", () => {
    const dir = scratchProject("esm-consumer", "module");
    writeFileSync(
      join(dir, "check.js"),
      `import { validate, editions } from "@xxgk/schema";
import { readFileSync } from "node:fs";
const result = validate(JSON.parse(readFileSync("report.json", "utf8")));
const schema = JSON.parse(readFileSync(new URL(import.meta.resolve("@xxgk/schema/json-schema/2019.json")), "utf8"));
console.log(JSON.stringify({ editions: editions.map((e) => e.id), errors: result.summary.errors, codes: [...new Set(result.findings.map((f) => f.code))], schemaTitle: schema.title }));
`,
    );
    const output = JSON.parse(run("node", ["check.js"], dir)) as { editions: string[]; errors: number; codes: string[]; schemaTitle: string };
    expect(output.editions).toEqual(["2019", "2021"]);
    expect(output.schemaTitle).toContain("2019");
    // 平潭 2020: the results do not add up to （七）总计 in two columns
    expect(output.errors).toBeGreaterThan(0);
  }, 120_000);

  it("validates a report from a CommonJS project (require)", () => {
    const dir = scratchProject("cjs-consumer", "commonjs");
    writeFileSync(
      join(dir, "check.js"),
      `const { validate, getEdition } = require("@xxgk/schema");
const report = require("./report.json");
const result = validate(report, { lang: "en" });
console.log(JSON.stringify({ tables: getEdition("2021").tables.length, errors: result.summary.errors, english: result.findings.every((f) => !/[\\u4e00-\\u9fff]{4}/.test(f.message.replace(/"[^"]*"/g, ""))) }));
`,
    );
    const output = JSON.parse(run("node", ["check.js"], dir)) as { tables: number; errors: number; english: boolean };
    expect(output.tables).toBe(6);
    expect(output.errors).toBeGreaterThan(0);
    expect(readFileSync(join(dir, "node_modules/@xxgk/schema/package.json"), "utf8")).toContain('"require"');
  }, 120_000);
});
