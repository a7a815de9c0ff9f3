import { describe, expect, it } from "vitest";
import { corpusEntry } from "../test/corpus.js";
import { validate } from "./validate.js";

describe("validate", () => {
  it("sets a negative count aside as a cell violation and checks the rest of the report", () => {
    const input = structuredClone(corpusEntry("02-huaian-shi-2024").report) as { tables: Record<string, Record<string, Record<string, unknown>>> };
    input.tables["applications"]!["granted"]!["naturalPerson"] = -4;
    const result = validate(input, { only: ["t3-balance-per-column"] });
    expect(result.issues).toEqual([]);
    expect(result.report?.tables["applications"]?.["granted"]?.["naturalPerson"]).toBeNull();
    // the input object is not modified
    expect(input.tables["applications"]!["granted"]!["naturalPerson"]).toBe(-4);
  });

  it("returns issues and no report when the input is not a report", () => {
    const result = validate({ edition: "2021", reportYear: 2024, agency: "x", tables: { applications: { granted: { total: "三" } } } });
    expect(result.report).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    expect(result.summary).toEqual({ errors: 0, warnings: 0, infos: 0, acknowledged: 0 });
  });

  it("applies severity overrides and acknowledgements", () => {
    const input = structuredClone(corpusEntry("02-huaian-shi-2024").report) as { tables: Record<string, Record<string, Record<string, unknown>>> };
    input.tables["applications"]!["carriedForward"]!["total"] = 1;
    const plain = validate(input, { only: ["t3-balance-per-column"] });
    expect(plain.summary.errors).toBe(1);
    const downgraded = validate(input, { only: ["t3-balance-per-column"], severity: { "t3-balance-per-column": "warning" } });
    expect(downgraded.summary).toMatchObject({ errors: 0, warnings: 1 });
    const off = validate(input, { only: ["t3-balance-per-column"], severity: { "t3-balance-per-column": "off" } });
    expect(off.findings).toEqual([]);
    expect(off.checks).toEqual([{ code: "t3-balance-per-column", status: "off", reasons: [] }]);
    const acknowledged = validate(input, {
      only: ["t3-balance-per-column"],
      acknowledgements: [{ code: "t3-balance-per-column", path: "tables.applications.carriedForward.total", reason: "原报告如此" }],
    });
    expect(acknowledged.summary).toMatchObject({ errors: 0, acknowledged: 1 });
    expect(acknowledged.findings[0]?.acknowledged).toEqual({ reason: "原报告如此" });
  });

  it("gives messages in English on request, without global state", () => {
    const input = structuredClone(corpusEntry("02-huaian-shi-2024").report) as { tables: Record<string, Record<string, Record<string, unknown>>> };
    input.tables["applications"]!["carriedForward"]!["total"] = 1;
    const english = validate(input, { only: ["t3-balance-per-column"], lang: "en" });
    const chinese = validate(input, { only: ["t3-balance-per-column"] });
    expect(english.findings[0]?.message).toMatch(/^column "总计": new/);
    expect(chinese.findings[0]?.message).toMatch(/^“总计”列/);
    expect(english.findings[0]?.label).toBe(chinese.findings[0]?.label);
  });
});
