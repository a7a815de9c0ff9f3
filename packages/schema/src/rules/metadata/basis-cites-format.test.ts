import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { findingsOf, passage, statusOf, tablesOnly } from "./test-helpers.js";

const RULE = "meta-basis-cites-format";

/** 平潭 2022: follows 《…年度报告格式》 (国办公开办函〔2021〕30号). */
const pingtan2022Preamble = () =>
  passage(corpusEntry("06-pingtan-2022"), "本报告根据《中华人民共和国政府信息公开条例》", "一、总体情况");
/** 平潭 2020: cites the 2019 notice (国办公开办函〔2019〕60号) as a basis. */
const pingtan2020Preamble = () =>
  passage(corpusEntry("05-pingtan-2020"), "根据《中华人民共和国政府信息公开条例》", "一、总体情况");

describe("meta-basis-cites-format", () => {
  it("passes when the preamble cites the format of its year (平潭 2022, 上海 2025)", () => {
    const pingtan = { ...tablesOnly("06-pingtan-2022"), preamble: [pingtan2022Preamble()] };
    expect(findingsOf(pingtan, RULE)).toEqual([]);
    expect(statusOf(pingtan, RULE)).toBe("passed");
    const shanghai = {
      ...tablesOnly("08-shanghai-bangongting-2025"),
      preamble: [passage(corpusEntry("08-shanghai-bangongting-2025"), "本年度报告根据", "一、总体情况")],
    };
    expect(findingsOf(shanghai, RULE)).toEqual([]);
  });

  it("notes (info) a 2022 report that cites the 2019 notice as its basis", () => {
    const report = { ...tablesOnly("06-pingtan-2022"), preamble: [pingtan2020Preamble()] };
    const findings = findingsOf(report, RULE);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "info",
      path: ["preamble", 0],
      expected: "国办公开办函〔2021〕30号",
      actual: "国办公开办函〔2019〕60号",
    });
  });

  it("warns when a 2022 report claims the trial (试行) format", () => {
    const real = pingtan2022Preamble();
    expect(real).toContain("年度报告格式>的通知》（国办公开办函〔2021〕30号）");
    const claimsTrial = real.replace("年度报告格式>的通知》（国办公开办函〔2021〕30号）", "年度报告格式（试行）>");
    const findings = findingsOf({ ...tablesOnly("06-pingtan-2022"), preamble: [claimsTrial] }, RULE);
    expect(findings.map((f) => [f.severity, f.actual])).toEqual([["warning", "国办公开办函〔2019〕60号"]]);
  });

  it("warns when a 2020 report claims the 2021 format, which did not exist yet", () => {
    const findings = findingsOf({ ...tablesOnly("05-pingtan-2020"), preamble: [pingtan2022Preamble()] }, RULE);
    expect(findings.map((f) => [f.severity, f.path, f.expected, f.actual])).toEqual([
      ["warning", ["preamble", 0], "国办公开办函〔2019〕60号", "国办公开办函〔2021〕30号"],
    ]);
  });

  it("is not checked without a preamble", () => {
    expect(statusOf(tablesOnly("06-pingtan-2022"), RULE)).toBe("not-checked");
  });
});
