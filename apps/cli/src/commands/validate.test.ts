import { describe, expect, it } from "vitest";
import { STACK_LINE, fixtureNames, fixturesDir, huaian, put, readFixture, useTempDir, xxgk } from "../test-support.js";

interface JsonEntry {
  file: string;
  exitCode: number;
  error?: { kind: string; message: string; fix: string; line?: number; column?: number };
  issues: { path: (string | number)[]; message: string; fix: string }[];
  findings: {
    code: string;
    severity: string;
    path: (string | number)[];
    label: string;
    message: string;
    expected?: unknown;
    actual?: unknown;
    acknowledged?: { reason: string };
  }[];
  summary: { errors: number; warnings: number; infos: number; acknowledged: number };
  checks: { code: string; status: string; reasons: string[] }[];
}

let dir: string;
useTempDir((path) => {
  dir = path;
});

/** 淮安 2024 with 四、结转下年度继续办理 / 总计 off by 5: table three no longer balances. */
const unbalanced = () =>
  huaian((report) => {
    report.tables.applications.carriedForward.total += 5;
  });

describe("xxgk validate on the corpus", () => {
  it("checks every real report: exit 0 or 1 as its error findings say, JSON entry per file", async () => {
    const names = await fixtureNames();
    expect(names.length).toBeGreaterThanOrEqual(9);
    for (const name of names) {
      const result = await xxgk(["validate", "--format", "json", name], fixturesDir);
      const entries = JSON.parse(result.stdout) as JsonEntry[];
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry!.file).toBe(name);
      expect(entry!.issues).toEqual([]);
      expect(result.code).toBe(entry!.summary.errors > 0 ? 1 : 0);
      expect(entry!.exitCode).toBe(result.code);
      expect(result.stderr).toBe("");
    }
  });

  it("prints Chinese text grouped by part, with a summary line per file", async () => {
    const names = await fixtureNames();
    const result = await xxgk(["validate", ...names], fixturesDir);
    expect([0, 1]).toContain(result.code);
    for (const name of names) expect(result.stdout).toContain(`${name} — `);
    expect(result.stdout.match(/^ {2}结果：\d+ 个错误，\d+ 个警告，\d+ 个提示，\d+ 个已确认$/gm)).toHaveLength(names.length);
    expect(result.stdout).toContain(`共 ${names.length} 个文件`);
    expect(result.stdout).not.toContain(STACK_LINE);
  });

  it("is deterministic", async () => {
    const names = await fixtureNames();
    const first = await xxgk(["validate", ...names], fixturesDir);
    const second = await xxgk(["validate", ...names], fixturesDir);
    expect(second).toEqual(first);
  });
});

describe("xxgk validate findings", () => {
  it("exits 1 on an error finding and shows severity, code, label, numbers, expected/actual and path", async () => {
    await put(dir, "bad.json", await unbalanced());
    const result = await xxgk(["validate", "bad.json"], dir);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain("bad.json — 淮安市人民政府 2024 年度报告（2021 版式）");
    expect(out).toContain("三、收到和处理政府信息公开申请情况（表三）");
    expect(out).toMatch(/错误 {2}t3-balance-per-column {2}四、结转下年度继续办理 \/ 总计/);
    expect(out).toMatch(/应为 \d+，实际为 \d+/);
    expect(out).toMatch(/位置：tables\.applications\.carriedForward\.total（第 \d+ 行）/);
    expect(out).toMatch(/结果：[1-9]\d* 个错误/);
  });

  it("gives the same findings in English with --lang en", async () => {
    await put(dir, "bad.json", await unbalanced());
    const result = await xxgk(["validate", "--lang", "en", "bad.json"], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("bad.json — 淮安市人民政府, report year 2024 (edition 2021)");
    expect(result.stdout).toContain("3. Applications received and handled (table 3)");
    expect(result.stdout).toMatch(/error {2}t3-balance-per-column/);
    expect(result.stdout).toMatch(/column "总计": new \d+/);
    expect(result.stdout).toMatch(/expected \d+, actual \d+/);
    expect(result.stdout).toMatch(/^ {2}result: \d+ errors?, \d+ warnings?, \d+ infos?, \d+ acknowledged$/m);
    expect(result.stdout).not.toContain("结果：");
    expect(result.stdout).not.toContain(STACK_LINE);
  });

  it("--format json: one entry per file with file, findings, issues, summary, checks", async () => {
    await put(dir, "bad.json", await unbalanced());
    await put(dir, "good.json", await huaian());
    const result = await xxgk(["validate", "--format", "json", "good.json", "bad.json"], dir);
    expect(result.code).toBe(1);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    expect(entries.map((entry) => entry.file)).toEqual(["good.json", "bad.json"]);
    for (const entry of entries) {
      expect(Object.keys(entry)).toEqual(["file", "exitCode", "issues", "findings", "summary", "checks"]);
      expect(entry.checks.length).toBeGreaterThan(0);
    }
    const finding = entries[1]!.findings.find((candidate) => candidate.code === "t3-balance-per-column");
    expect(finding).toMatchObject({
      severity: "error",
      path: ["tables", "applications", "carriedForward", "total"],
      label: "四、结转下年度继续办理 / 总计",
    });
    expect(typeof finding!.expected).toBe("number");
    expect(entries[1]!.summary.errors).toBeGreaterThan(0);
  });

  it("--format github prints workflow commands with file, line and the rule code as title", async () => {
    await put(dir, "bad.json", await unbalanced());
    const result = await xxgk(["validate", "--format", "github", "bad.json"], dir);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(/^bad\.json: \d+ 个错误/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=bad\.json(,line=\d+,col=\d+)?,title=[a-z0-9-]+::\S/);
    expect(result.stdout).toMatch(/^::error file=bad\.json,line=\d+,col=\d+,title=t3-balance-per-column::四、结转下年度继续办理 \/ 总计：/m);
  });

  it("--ack: acknowledged findings are shown as such and do not count", async () => {
    await put(dir, "bad.json", await unbalanced());
    const first = JSON.parse((await xxgk(["validate", "--format", "json", "bad.json"], dir)).stdout) as JsonEntry[];
    const errors = first[0]!.findings.filter((finding) => finding.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    await put(dir, "ack.json", {
      acknowledgements: errors.map((finding) => ({ code: finding.code, path: finding.path, reason: "原表如此" })),
    });
    const json = await xxgk(["validate", "--format", "json", "--ack", "ack.json", "bad.json"], dir);
    expect(json.code).toBe(0);
    const [entry] = JSON.parse(json.stdout) as JsonEntry[];
    expect(entry!.summary.errors).toBe(0);
    expect(entry!.summary.acknowledged).toBe(errors.length);
    const text = await xxgk(["validate", "--ack", "ack.json", "bad.json"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/已确认（错误） {2}t3-balance-per-column/);
    expect(text.stdout).toContain("确认理由：原表如此");
    expect(text.stdout).toContain(`0 个错误`);
  });

  it("--ack with a dotted path string works too", async () => {
    await put(dir, "bad.json", await unbalanced());
    await put(dir, "ack.json", {
      acknowledgements: [{ code: "t3-balance-per-column", path: "tables.applications.carriedForward.total", reason: "ok" }],
    });
    const [entry] = JSON.parse((await xxgk(["validate", "--format", "json", "--ack", "ack.json", "bad.json"], dir)).stdout) as JsonEntry[];
    const finding = entry!.findings.find((candidate) => candidate.code === "t3-balance-per-column");
    expect(finding!.acknowledged).toEqual({ reason: "ok" });
  });

  it("--severity overrides a rule's severity, and can turn it off", async () => {
    await put(dir, "bad.json", await unbalanced());
    const warn = await xxgk(["validate", "--format", "json", "--severity", "t3-balance-per-column=warning", "bad.json"], dir);
    const [entry] = JSON.parse(warn.stdout) as JsonEntry[];
    const codes = entry!.findings.filter((finding) => finding.code === "t3-balance-per-column");
    expect(codes.length).toBeGreaterThan(0);
    for (const finding of codes) expect(finding.severity).toBe("warning");
    const off = await xxgk(["validate", "--format", "json", "--severity=t3-balance-per-column=off", "bad.json"], dir);
    const [offEntry] = JSON.parse(off.stdout) as JsonEntry[];
    expect(offEntry!.findings.some((finding) => finding.code === "t3-balance-per-column")).toBe(false);
    expect(offEntry!.checks.find((check) => check.code === "t3-balance-per-column")?.status).toBe("off");
  });

  it("--previous passes the previous year's report to the rules", async () => {
    await put(dir, "2023.json", await huaian((report) => {
      report.reportYear = 2023;
    }));
    await put(dir, "2024.json", await huaian());
    const result = await xxgk(["validate", "--format", "json", "--previous", "2023.json", "2024.json"], dir);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe("");
    expect((JSON.parse(result.stdout) as JsonEntry[])[0]!.issues).toEqual([]);
  });
});

describe("xxgk validate on bad input (exit 2)", () => {
  it("names a missing file", async () => {
    const result = await xxgk(["validate", "missing.json"], dir);
    expect(result.code).toBe(2);
    expect(result.output).toContain("找不到文件 missing.json");
    expect(result.output).toContain("修改：检查文件名和路径");
    expect(result.output).not.toContain(STACK_LINE);
  });

  it("names the file, line and column of malformed JSON, and the fix", async () => {
    await put(dir, "broken.json", '{\n  "edition": "2021",\n  "reportYear": 2024,\n}\n');
    const result = await xxgk(["validate", "broken.json"], dir);
    expect(result.code).toBe(2);
    expect(result.output).toContain("broken.json 第 4 行第 1 列不是有效的 JSON：对象最后一项后面多了逗号");
    expect(result.output).toContain("修改：删除 “}” 前面的逗号");
    expect(result.output).not.toContain(STACK_LINE);
    const english = await xxgk(["validate", "--lang", "en", "broken.json"], dir);
    expect(english.output).toContain("broken.json is not valid JSON at line 4, column 1: a trailing comma before }");
    const json = await xxgk(["validate", "--format", "json", "broken.json"], dir);
    expect((JSON.parse(json.stdout) as JsonEntry[])[0]!.error).toMatchObject({ kind: "malformed-json", line: 4, column: 1 });
    const github = await xxgk(["validate", "--format", "github", "broken.json"], dir);
    expect(github.stdout).toMatch(/^::error file=broken\.json,line=4,col=1,title=xxgk::/);
  });

  it("points at 5件 typed into a count cell without quotes", async () => {
    await put(dir, "units.json", '{\n  "tables": {\n    "applications": { "granted": { "total": 5件 } }\n  }\n}\n');
    const result = await xxgk(["validate", "units.json"], dir);
    expect(result.code).toBe(2);
    expect(result.output).toContain("units.json 第 3 行第 46 列不是有效的 JSON：数字后面紧跟着文字或符号");
    expect(result.output).toContain("5，而不是 5件");
  });

  it("names the path and the fix for an unknown key", async () => {
    await put(dir, "key.json", await huaian((report) => {
      report.tables.applications.granted.grantedd = 1;
    }));
    const result = await xxgk(["validate", "key.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("key.json — 不是有效的报告（1 处问题）");
    expect(result.stdout).toMatch(/tables\.applications\.granted\.grantedd（第 \d+ 行）：未知字段 “grantedd”/);
    expect(result.stdout).toContain("修改：删除该字段或检查拼写");
    expect(result.stdout).toContain("结果：未检查（输入有误）");
  });

  it('names the path and the fix for "5件" in a count cell', async () => {
    await put(dir, "text.json", await huaian((report) => {
      report.tables.applications.granted.total = "5件";
    }));
    const result = await xxgk(["validate", "text.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/tables\.applications\.granted\.total（第 \d+ 行）：“总计”应为非负整数，实际为 "5件"/);
    expect(result.stdout).toContain("修改：只填数字");
  });

  it("reports a wrong type, a missing edition and a non-object", async () => {
    await put(dir, "type.json", await huaian((report) => {
      report.reportYear = "2024年";
    }));
    await put(dir, "noedition.json", await huaian((report) => {
      delete report.edition;
    }));
    await put(dir, "array.json", "[]\n");
    const result = await xxgk(["validate", "--format", "json", "type.json", "noedition.json", "array.json"], dir);
    expect(result.code).toBe(2);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    expect(entries.map((entry) => entry.exitCode)).toEqual([2, 2, 2]);
    expect(entries[0]!.issues[0]!.path).toEqual(["reportYear"]);
    expect(entries[1]!.issues[0]!.path).toEqual(["edition"]);
    expect(entries[1]!.issues[0]!.fix).toContain('"edition": "2021"');
    expect(entries[2]!.issues[0]!.path).toEqual([]);
  });

  it("a report in the 2021 layout declared as edition 2019 is not a report of that edition", async () => {
    await put(dir, "edition.json", await huaian((report) => {
      report.edition = "2019";
    }));
    const result = await xxgk(["validate", "edition.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("未知字段");
    expect(result.stdout).toContain("2019 版式此处可用");
  });

  it(
    "the wrong edition for the year is an error finding (exit 1)",
    async () => {
      // The 2019 trial format in a 2023 report.
      const report = await readFixture("00-zhangdian-jiguanshiwu-2020.json");
      await put(dir, "year.json", { ...report, reportYear: 2023 });
      const result = await xxgk(["validate", "--format", "json", "year.json"], dir);
      expect(result.code).toBe(1);
      const [entry] = JSON.parse(result.stdout) as JsonEntry[];
      expect(entry!.findings.find((finding) => finding.code === "meta-edition-matches-year")).toMatchObject({
        severity: "error",
        path: ["edition"],
        expected: "2021",
        actual: "2019",
      });
    },
  );

  it(
    "a negative count is an error finding at its path (exit 1)",
    async () => {
      await put(dir, "negative.json", await huaian((report) => {
        report.tables.applications.granted.total = -3;
      }));
      const result = await xxgk(["validate", "negative.json"], dir);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/错误 {2}meta-nonnegative-integers/);
      expect(result.stdout).toContain("tables.applications.granted.total");
    },
  );

  it("one bad file does not stop the others; the exit code is the worst", async () => {
    await put(dir, "good.json", await huaian());
    await put(dir, "bad.json", await unbalanced());
    const result = await xxgk(["validate", "--format", "json", "missing.json", "good.json", "bad.json"], dir);
    expect(result.code).toBe(2);
    const entries = JSON.parse(result.stdout) as JsonEntry[];
    expect(entries.map((entry) => [entry.file, entry.exitCode])).toEqual([
      ["missing.json", 2],
      ["good.json", entries[1]!.summary.errors > 0 ? 1 : 0],
      ["bad.json", 1],
    ]);
    expect(entries[0]!.error?.kind).toBe("not-found");
    const text = await xxgk(["validate", "missing.json", "bad.json"], dir);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("t3-balance-per-column");
    expect(text.stdout).toContain("共 2 个文件：0 个无错误，1 个有错误，1 个输入有误");
  });

  it("resolves relative paths against the current directory", async () => {
    await put(dir, "good.json", await huaian());
    const result = await xxgk(["validate", `${dir}/good.json`], "/");
    expect(result.stdout).toContain(`${dir}/good.json — 淮安市人民政府`);
    const relative = await xxgk(["validate", "good.json"], "/");
    expect(relative.code).toBe(2);
    expect(relative.stdout).toContain("（相对于 /）");
  });

  it("rejects an unknown --format, --lang and malformed or unknown --severity", async () => {
    await put(dir, "good.json", await huaian());
    const format = await xxgk(["validate", "--format", "xml", "good.json"], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("选项 --format <format> 的取值“xml”无效，可选：text, json, github");
    expect(format.stdout).toBe("");
    expect((await xxgk(["validate", "--lang", "fr", "good.json"], dir)).code).toBe(2);
    const level = await xxgk(["validate", "--severity", "t3-results-sum=fatal", "good.json"], dir);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("<规则>=<error|warning|info|off>");
    const rule = await xxgk(["validate", "--severity", "no-such-rule=off", "good.json"], dir);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain("没有名为 no-such-rule 的规则");
    expect(rule.stderr).toContain("t3-balance-per-column");
    expect((await xxgk(["validate"], dir)).code).toBe(2);
  });

  it("rejects a bad --ack file and a --previous that is not a report", async () => {
    await put(dir, "good.json", await huaian());
    await put(dir, "ack.json", { acknowledgements: [{ code: "t3-results-sum", reason: "x" }] });
    const ack = await xxgk(["validate", "--ack", "ack.json", "good.json"], dir);
    expect(ack.code).toBe(2);
    expect(ack.stderr).toContain("--ack ack.json 不是有效的确认文件");
    expect(ack.stderr).toContain("acknowledgements.0.path");
    expect(ack.stdout).toBe("");
    const missingAck = await xxgk(["validate", "--ack", "nope.json", "good.json"], dir);
    expect(missingAck.code).toBe(2);
    expect(missingAck.stderr).toContain("找不到文件 nope.json");

    await put(dir, "prev.json", await huaian((report) => {
      report.tables.applications.granted.total = "5件";
    }));
    const previous = await xxgk(["validate", "--previous", "prev.json", "good.json"], dir);
    expect(previous.code).toBe(2);
    expect(previous.stderr).toContain("--previous prev.json 不是有效的报告");
    expect(previous.stderr).toContain("tables.applications.granted.total");
    expect(previous.stderr).toContain("修改：只填数字");
    const missingPrevious = await xxgk(["validate", "--previous", "nope.json", "good.json"], dir);
    expect(missingPrevious.code).toBe(2);
    expect(missingPrevious.stderr).toContain("--previous: 找不到文件 nope.json");
    for (const result of [ack, missingAck, previous, missingPrevious]) expect(result.output).not.toContain(STACK_LINE);
  });
});
