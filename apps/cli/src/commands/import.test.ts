import { copyFile, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseReport } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { STACK_LINE, useTempDir, xxgk } from "../test-support.js";
import { sideFileFor } from "./import.js";

const corpusDir = fileURLToPath(new URL("../../../../../shared/corpus/", import.meta.url));
const pdf = `${corpusDir}files/huaian-shi-2024.pdf`;
const html = `${corpusDir}files/shuyang-fagaiju-2023.html`;

interface Expected {
  edition: string;
  reportYear: number;
  agency: string;
  tables: Record<string, Record<string, Record<string, number | string | null>>>;
}

async function expected(name: string): Promise<Expected> {
  return JSON.parse(await readFile(`${corpusDir}${name}`, "utf8")) as Expected;
}

let dir: string;
useTempDir(async (path) => {
  dir = path;
  await copyFile(pdf, join(dir, "huaian.pdf"));
  await copyFile(html, join(dir, "shuyang.html"));
});

describe("xxgk import", () => {
  it("imports the real 淮安 2024 PDF: the report JSON on stdout, notes and findings on stderr", async () => {
    const result = await xxgk(["import", "huaian.pdf"], dir);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json).slice(0, 3)).toEqual(["edition", "reportYear", "agency"]);
    const want = await expected("02-huaian-shi-2024.expected.json");
    expect(json.edition).toBe(want.edition);
    expect(json.reportYear).toBe(want.reportYear);
    expect(json.agency).toBe(want.agency);
    expect(json.tables).toEqual(want.tables);
    const parsed = parseReport(json);
    expect(parsed.success).toBe(true);
    expect(result.stderr).toMatch(/^导入说明（\d+ 条：错误 0 · 警告 \d+ · 提示 \d+）\n/u);
    expect(result.stderr).toContain("检查结果（");
    expect(result.stderr).toContain("按表格样式识别为 2021 版格式");
    expect(result.output).not.toContain(STACK_LINE);
  }, 60000);

  it("imports the real 沭阳 2023 HTML page into -o atomically, with the notes and findings in report.import.json", async () => {
    const result = await xxgk(["import", "shuyang.html", "-o", "report.json"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("xxgk: 已写入 report.json；导入说明和检查结果写入 report.import.json\n");
    const want = await expected("04-shuyang-fagaiju-2023.expected.json");
    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as Expected;
    expect(report.agency).toBe(want.agency);
    expect(report.reportYear).toBe(want.reportYear);
    expect(report.tables).toEqual(want.tables);
    const side = JSON.parse(await readFile(join(dir, "report.import.json"), "utf8")) as {
      source: string;
      detected: { kind: string; edition: string };
      notes: { code: string; severity: string; path: unknown[]; message: string }[];
      findings: { code: string }[];
    };
    expect(side.source).toBe("shuyang.html");
    expect(side.detected).toMatchObject({ kind: "html", edition: "2021" });
    expect(side.notes.some((note) => note.code === "edition-detected")).toBe(true);
    expect(Array.isArray(side.findings)).toBe(true);
    // nothing else (no temporary file) is left in the directory
    expect((await readdir(dir)).sort()).toEqual(["huaian.pdf", "report.import.json", "report.json", "shuyang.html"]);
  });

  it("--format text prints a summary instead of the JSON, in English with --lang en", async () => {
    const result = await xxgk(["import", "shuyang.html", "--format", "text", "--lang", "en"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("imported shuyang.html (HTML)");
    expect(result.stdout).toContain("  agency: 沭阳县发展和改革局\n");
    expect(result.stdout).toContain("  year: 2023\n");
    expect(result.stdout).toContain("  edition: 2021 (from the table shape)\n");
    expect(result.stdout).toContain("cells: 200 with a number, 0 blank (null)");
    expect(result.stdout).toContain("findings (");
    expect(() => JSON.parse(result.stdout)).toThrow();
    expect(result.stderr).toBe("");
  });

  it("garbage input: exit 2, a clear message, no stack trace, nothing written", async () => {
    await writeFile(join(dir, "garbage.pdf"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await writeFile(join(dir, "prose.txt"), "今天天气很好，我们去公园散步。\n".repeat(20));
    for (const [file, reason] of [
      ["garbage.pdf", "无法读取 PDF"],
      ["prose.txt", "不是一份政府信息公开工作年度报告"],
    ] as const) {
      const result = await xxgk(["import", file, "-o", "out.json"], dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`xxgk: ${file} 不能作为政府信息公开工作年度报告读取，未输出报告：\n`);
      expect(result.stderr).toContain(reason);
      expect(result.output).not.toContain(STACK_LINE);
      expect((await readdir(dir)).includes("out.json")).toBe(false);
    }
  });

  it("bad usage: a missing file, a directory, an unknown --format, -o on the input — exit 2 with a fix", async () => {
    const missing = await xxgk(["import", "nope.pdf"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("xxgk: 找不到文件 nope.pdf\n  修改：检查文件名和路径\n");
    const directory = await xxgk(["import", "."], dir);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain("是目录，不是文件");
    const format = await xxgk(["import", "shuyang.html", "--format", "yaml", "--lang", "en"], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("unknown format --format yaml; the formats are: json, text");
    const self = await xxgk(["import", "shuyang.html", "-o", "shuyang.html"], dir);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain("就是输入文件本身");
    expect(await readFile(join(dir, "shuyang.html"))).toEqual(await readFile(html));
  });

  it("names the side file after -o", () => {
    expect(sideFileFor("report.json")).toBe("report.import.json");
    expect(sideFileFor("out/Report.JSON")).toBe("out/Report.import.json");
    expect(sideFileFor("report")).toBe("report.import.json");
  });
});
