/**
 * The real executable, as a subprocess: started the way the root script starts it
 * (`node --conditions=@xxgk/source --import tsx src/bin.ts`), checking exit codes and streams.
 */
import { spawnSync } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderHtml } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { parseReport } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { STACK_LINE, tempDir } from "./test-support.js";

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
    expect(usage.stderr).toContain("取值“xml”无效");

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

  it("renders the bundled example to a pipe and to -o, complete and byte for byte", async () => {
    const examplePath = join(repoRoot, "examples/zhangdian-jiguanshiwu-2020.json");
    const parsed = parseReport(JSON.parse(await readFile(examplePath, "utf8")));
    if (!parsed.success) throw new Error("the bundled example is not a report");
    const text = xxgk(["render", "examples/zhangdian-jiguanshiwu-2020.json", "--to", "text"], repoRoot, "apps/cli/src/bin.ts");
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(renderText(parsed.report));
    expect(text.stderr).toContain("有 1 个错误，已按原样输出");
    const { dir, cleanup } = await tempDir();
    try {
      const page = xxgk(["render", examplePath, "--to", "html", "-o", join(dir, "page.html")]);
      expect(page.code).toBe(0);
      expect(page.stdout).toBe("");
      expect(await readFile(join(dir, "page.html"), "utf8")).toBe(renderHtml(parsed.report));
      expect(await readdir(dir)).toEqual(["page.html"]);
      const missingDir = join(dir, "no/such/dir/page.html");
      const missing = xxgk(["render", examplePath, "--to", "html", "-o", missingDir]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`无法写入 ${missingDir}：所在目录不存在`);
      expect(missing.stdout + missing.stderr).not.toContain(STACK_LINE);
    } finally {
      await cleanup();
    }
  });
});
