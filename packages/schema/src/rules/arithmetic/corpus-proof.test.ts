/**
 * The rules of this folder, the table cross-section rules and the cross-year rules on every real
 * report of the corpus (tables only, as recorded): a report whose `violations` list is empty gets
 * no error; the reports with documented violations get exactly the errors that match them.
 */
import { describe, expect, it } from "vitest";
import { corpusEntries, corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { crossSectionTableRules } from "../cross-section/table-checks.js";
import { crossYearRules } from "../cross-year/index.js";
import { parsed } from "../cross-year/test-helpers.js";
import { arithmeticRules } from "./index.js";

const rules = [...arithmeticRules, ...crossSectionTableRules, ...crossYearRules];

function errors(name: string, previousName?: string) {
  const options = previousName === undefined ? { rules } : { rules, previous: parsed(corpusEntry(previousName).report) };
  const result = validate(corpusEntry(name).report, options);
  expect(result.issues).toEqual([]);
  return result.findings.filter((finding) => finding.severity === "error");
}

describe("corpus proof", () => {
  const clean = corpusEntries().filter((entry) => entry.violations.length === 0);

  it("has reports without violations to prove against", () => {
    expect(clean.map((entry) => entry.name)).toEqual([
      "00-zhangdian-jiguanshiwu-2020",
      "02-huaian-shi-2024",
      "04-shuyang-fagaiju-2023",
      "06-pingtan-2022",
      "07-pingtan-2023",
      "08-shanghai-bangongting-2025",
    ]);
  });

  it.each(clean.map((entry) => entry.name))("finds no error in %s", (name) => {
    expect(errors(name)).toEqual([]);
  });

  it("finds no error in 平潭 2023 checked against its 2022 report", () => {
    expect(errors("07-pingtan-2023", "06-pingtan-2022")).toEqual([]);
  });

  it("finds exactly the documented table errors in the reports with violations", () => {
    expect(errors("05-pingtan-2020").map((finding) => [finding.code, finding.path.join("."), finding.expected, finding.actual])).toEqual([
      ["t3-results-sum", "tables.applications.resultsTotal.naturalPerson", 26, 20],
      ["t3-results-sum", "tables.applications.resultsTotal.total", 27, 21],
    ]);
    // 上海 2019 (blank 总计 cells, narrative mismatch) and 洪泽区 2024 (narrative mismatch, one （六）
    // row) document nothing the table rules here can prove.
    expect(errors("01-shanghai-bangongting-2019")).toEqual([]);
    expect(errors("03-hongze-qu-2024")).toEqual([]);
  });
});
