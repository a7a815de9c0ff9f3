/**
 * The narrative-based rules on the full-report fixtures (corpus tables with the transcribed text),
 * and on the corpus reports as they are (tables only): there every rule is not checked or not
 * applicable, never passed and never flagged.
 */
import { describe, expect, it } from "vitest";
import { corpusEntries } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { narrativeRules } from "../narrative/index.js";
import { crossSectionNarrativeRules } from "./narrative-checks.js";
import { fixture, fixtureNames } from "./x-narrative-test-helpers.js";

const ids = [...crossSectionNarrativeRules, ...narrativeRules].map((rule) => rule.id);

describe("corpus proof: tables only", () => {
  it.each(corpusEntries().map((entry) => [entry.name, entry.report] as const))("%s gives no finding", (_name, report) => {
    const result = validate(report, { only: ids });
    expect(result.issues).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.checks).toHaveLength(ids.length);
    for (const check of result.checks) {
      expect(["not-checked", "not-applicable"]).toContain(check.status);
      if (check.status === "not-checked") expect(check.reasons.length).toBeGreaterThan(0);
    }
  });
});

/** What each fixture gives, per cross-section rule: "rule:severity" in order. */
const expected: Record<(typeof fixtureNames)[number], readonly string[]> = {
  "01-shanghai-bangongting-2019": [
    "x-narrative-apps-vs-t3:error",
    "x-narrative-apps-vs-t3:error",
    "x-gov-accountability:info",
  ],
  "02-huaian-shi-2024": ["x-gov-accountability:warning", "x-fee-has-basis:info", "x-review-corrections-acknowledged:info"],
  "03-hongze-qu-2024": ["x-narrative-apps-vs-t3:warning", "x-gov-accountability:warning"],
  "04-shuyang-fagaiju-2023": [],
  "05-pingtan-2020": ["x-gov-accountability:warning", "x-section1-subtopics:warning"],
  "06-pingtan-2022": ["x-review-corrections-acknowledged:info"],
  "07-pingtan-2023": ["x-review-corrections-acknowledged:info"],
  "08-shanghai-bangongting-2025": ["x-gov-accountability:info"],
};

describe("cross-section narrative rules on the full-report fixtures", () => {
  it.each(fixtureNames)("%s", (name) => {
    const result = validate(fixture(name), { only: crossSectionNarrativeRules.map((rule) => rule.id) });
    expect(result.issues).toEqual([]);
    expect(result.findings.map((finding) => `${finding.code}:${finding.severity}`)).toEqual(expected[name]);
  });

  it("淮安 2024 checks its application, review and table-two figures and they agree", () => {
    const result = validate(fixture("02-huaian-shi-2024"), {
      only: ["x-narrative-apps-vs-t3", "x-narrative-review-litigation", "x-narrative-t2", "x-section1-subtopics", "x-fee-notice-vs-section6"],
    });
    expect(result.checks.map((check) => check.status)).toEqual(["passed", "passed", "passed", "passed", "passed"]);
  });

  it("洪泽 2024 (county government) lacks 社会评议 and 责任追究", () => {
    const [finding] = validate(fixture("03-hongze-qu-2024"), { only: ["x-gov-accountability"] }).findings;
    expect(finding?.message).toContain("社会评议、责任追究");
    expect(finding?.path).toEqual(["narrative", "overview", "subsections", 4, "heading"]);
  });

  it("平潭 2020 part 一 never covers 政府信息管理", () => {
    const [finding] = validate(fixture("05-pingtan-2020"), { only: ["x-section1-subtopics"] }).findings;
    expect(finding?.message).toContain("政府信息管理");
  });

  it("淮安 2024: a fee of 3940元 with no basis, and 69 corrections not reflected in part 五", () => {
    const result = validate(fixture("02-huaian-shi-2024"), { only: ["x-fee-has-basis", "x-review-corrections-acknowledged"] });
    expect(result.findings[0]?.message).toContain("3940元");
    expect(result.findings[1]).toMatchObject({ path: ["narrative", "problemsAndImprovements"], actual: 69 });
  });

  it("x-fee-notice-vs-section6 flags a bare “未收取” when fee notices went unpaid", () => {
    const report = fixture("06-pingtan-2022");
    const tables = structuredClone(report.tables) as Record<string, Record<string, Record<string, number>>>;
    tables.applications!.otherFeeNotPaid!.naturalPerson = 1;
    tables.applications!.otherFeeNotPaid!.total = 1;
    const result = validate({ ...report, tables }, { only: ["x-fee-notice-vs-section6"] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "info", actual: 1, path: ["narrative", "otherMatters"] });
    expect(result.findings[0]?.message).toContain("只说未收取");
  });

  it("x-narrative-t2 warns when a table-two count disagrees (上海 2019 text, changed table)", () => {
    const report = fixture("01-shanghai-bangongting-2019");
    const tables = structuredClone(report.tables) as Record<string, Record<string, Record<string, number>>>;
    tables.regulationsAndNormativeDocuments!.regulations = { newlyMade: 12, newlyPublished: 12, totalPublished: 524 };
    const result = validate({ ...report, tables }, { only: ["x-narrative-t2"] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ severity: "warning", actual: 13 });
    expect(result.findings[0]?.message).toContain("主动公开规章13件");
  });
});
