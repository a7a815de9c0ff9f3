/**
 * The real executable, as a subprocess: started the way the root script starts it
 * (`node --conditions=@xxgk/source --import tsx src/bin.ts`), checking exit codes and streams.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STACK_LINE } from "./test-support.js";

const cliDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

function xxgk(args: readonly string[], cwd = cliDir, bin = "src/bin.ts") {
  const result = spawnSync(process.execPath, ["--conditions=@xxgk/source", "--import", "tsx", bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, npm_lifecycle_event: "", INIT_CWD: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the xxgk executable", { timeout: 60_000 }, () => {
  it("exits 0 or 1 on a real report, 2 on a missing file and on bad usage", () => {
    const ok = xxgk(["validate", "--format", "json", "test/fixtures/02-huaian-shi-2024.json"]);
    expect([0, 1]).toContain(ok.code);
    const [entry] = JSON.parse(ok.stdout) as [{ file: string; summary: { errors: number } }];
    expect(entry.file).toBe("test/fixtures/02-huaian-shi-2024.json");
    expect(ok.code).toBe(entry.summary.errors > 0 ? 1 : 0);

    const missing = xxgk(["validate", "missing.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("找不到文件 missing.json");

    const usage = xxgk(["validate", "--format", "xml", "x.json"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("'xml' is invalid");

    const init = xxgk(["init", "--year", "2018", "--agency", "甲"]);
    expect(init.code).toBe(2);
    for (const result of [ok, missing, usage, init]) expect(result.stdout + result.stderr).not.toContain(STACK_LINE);
  });

  it("runs from the repository root as the root script does, with paths relative to it", () => {
    const schema = xxgk(["schema", "--edition", "2021"], repoRoot, "apps/cli/src/bin.ts");
    expect(schema.code).toBe(0);
    expect((JSON.parse(schema.stdout) as { title: string }).title).toContain("2021");
    const validate = xxgk(["validate", "apps/cli/test/fixtures/05-pingtan-2020.json"], repoRoot, "apps/cli/src/bin.ts");
    expect([0, 1]).toContain(validate.code);
    expect(validate.stdout).toContain("apps/cli/test/fixtures/05-pingtan-2020.json — 平潭综合实验区 2020 年度报告");
  });
});
