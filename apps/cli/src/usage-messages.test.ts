import { describe, expect, it } from "vitest";
import { xxgk } from "./test-support.js";
import { langFromArgv, localizeUsageError } from "./usage-messages.js";

describe("commander's usage errors", () => {
  it("are in Chinese by default, with the names as typed, and exit 2", async () => {
    const cases: [string[], string][] = [
      [["validate"], "错误：缺少必需的参数 report.json"],
      [["render", "a.json"], "错误：缺少必需的选项 --to <format>"],
      [["init", "--year"], "错误：选项 --year <year> 缺少取值"],
      [["validate", "--format", "xml", "a.json"], "错误：选项 --format <format> 的取值“xml”无效，可选：text, json, github"],
      [["validate", "--formt", "json", "a.json"], "错误：没有选项 --formt\n（是否想输入 --format？）"],
      [["schema", "--edition", "2021", "extra"], "错误：命令 schema 的参数过多：应为 0 个，实际 1 个"],
    ];
    for (const [args, message] of cases) {
      const result = await xxgk(args, "/");
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toContain(message);
      expect(result.stderr).not.toMatch(/^error:/m);
    }
  });

  it("stay in commander's English with --lang en", async () => {
    const result = await xxgk(["validate", "--lang", "en"], "/");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: missing required argument 'report.json'");
  });

  it("leave a line they do not know as it is", () => {
    expect(localizeUsageError("error: something new in commander", "zh")).toBe("error: something new in commander");
    expect(langFromArgv(["node", "xxgk", "validate", "--lang=en"])).toBe("en");
    expect(langFromArgv(["node", "xxgk", "validate", "--lang", "zh"])).toBe("zh");
  });
});
