import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { validate } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { STACK_LINE, useTempDir, xxgk } from "../test-support.js";

let dir: string;
useTempDir((path) => {
  dir = path;
});

describe("xxgk init", () => {
  it("prints a blank report of the edition the year requires, pretty with a trailing newline", async () => {
    const result = await xxgk(["init", "--year", "2024", "--agency", "某县人民政府", "--kind", "countyGovernment"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith("}\n")).toBe(true);
    expect(result.stdout).toContain('\n  "edition": "2021",\n');
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ edition: "2021", reportYear: 2024, agency: "某县人民政府", agencyKind: "countyGovernment" });
    expect(validate(report).issues).toEqual([]);
    const old = JSON.parse((await xxgk(["init", "--year", "2020", "--agency", "某局"], dir)).stdout) as Record<string, unknown>;
    expect(old.edition).toBe("2019");
    expect(old).not.toHaveProperty("agencyKind");
  });

  it("accepts the Chinese label of a kind", async () => {
    const result = await xxgk(["init", "--year", "2023", "--agency", "某局", "--kind", "县级人民政府部门"], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ agencyKind: "countyDepartment" });
  });

  it("writes -o atomically and never overwrites without --force", async () => {
    const first = await xxgk(["init", "--year", "2024", "--agency", "甲", "-o", "report.json"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(first.stderr).toContain("已写入 report.json");
    const path = join(dir, "report.json");
    const written = await readFile(path, "utf8");
    expect(JSON.parse(written)).toMatchObject({ agency: "甲" });

    await writeFile(path, "my work\n");
    const second = await xxgk(["init", "--year", "2024", "--agency", "乙", "-o", "report.json"], dir);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("report.json 已存在，未覆盖");
    expect(second.stderr).toContain("--force");
    expect(await readFile(path, "utf8")).toBe("my work\n");

    const forced = await xxgk(["init", "--year", "2024", "--agency", "乙", "-o", "report.json", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(JSON.parse(await readFile(path, "utf8"))).toMatchObject({ agency: "乙" });
    expect(await readdir(dir)).toEqual(["report.json"]); // no temp files left behind
  });

  it("exits 2 for a directory that does not exist", async () => {
    const result = await xxgk(["init", "--year", "2024", "--agency", "甲", "-o", "no/such/dir/r.json"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("所在目录不存在");
  });

  it("exits 2 for a year before 2019, a non-year and an unknown kind (listing the kinds)", async () => {
    const early = await xxgk(["init", "--year", "2018", "--agency", "甲"], dir);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("2018 年度没有适用的报告版式");
    expect(early.stderr).toContain("2019");
    expect(early.stdout).toBe("");
    const english = await xxgk(["init", "--year", "2018", "--agency", "甲", "--lang", "en"], dir);
    expect(english.stderr).toContain("no edition of the format covers report year 2018");
    expect((await xxgk(["init", "--year", "24", "--agency", "甲"], dir)).code).toBe(2);
    const kind = await xxgk(["init", "--year", "2024", "--agency", "甲", "--kind", "ministry"], dir);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("未知的机关类别 “ministry”");
    expect(kind.stderr).toMatch(/countyGovernment +县级人民政府/);
    expect(kind.stderr).toMatch(/authorizedOrganization +法律、法规授权的具有管理公共事务职能的组织/);
    for (const result of [early, english, kind]) expect(result.output).not.toContain(STACK_LINE);
  });

  it("exits 2 without --year or --agency, and for an empty agency name", async () => {
    expect((await xxgk(["init", "--agency", "甲"], dir)).code).toBe(2);
    const missing = await xxgk(["init", "--year", "2024"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--agency");
    const empty = await xxgk(["init", "--year", "2024", "--agency", " "], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("agency");
  });
});
