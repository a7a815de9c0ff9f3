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
    // The bundled example: a district department that reports 规章 it has no power to make.
    const ok = xxgk(["validate", "--format", "json", "../../examples/zhangdian-jiguanshiwu-2020.json"]);
    expect(ok.code).toBe(1);
    const [entry] = JSON.parse(ok.stdout) as [{ file: string; summary: { errors: number }; findings: { code: string }[] }];
    expect(entry.file).toBe("../../examples/zhangdian-jiguanshiwu-2020.json");
    expect(entry.findings.filter((finding) => finding.code === "x-regs-rule-making-power")).toHaveLength(1);

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
    const validate = xxgk(["validate", "examples/zhangdian-jiguanshiwu-2020.json"], repoRoot, "apps/cli/src/bin.ts");
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain("examples/zhangdian-jiguanshiwu-2020.json — 淄博市张店区机关事务服务中心 2020 年度报告");
  });
});
