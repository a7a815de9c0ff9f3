import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../test/corpus.js";
import { parseReport } from "./parse.js";
import { deriveTotals } from "./derive-totals.js";
import type { Report } from "./types.js";

function report(name: string): Report {
  const result = parseReport(corpusEntry(name).report);
  if (!result.success) throw new Error(`corpus report ${name} does not parse`);
  return result.report;
}

describe("deriveTotals", () => {
  it("fills the 19 blank 总计 cells of 上海市人民政府办公厅 2019 from the applicant columns", () => {
    const original = report("01-shanghai-bangongting-2019");
    const { report: derived, derived: cells } = deriveTotals(original);
    expect(cells).toHaveLength(19);
    expect(cells.every((cell) => cell.path[3] === "total")).toBe(true);
    expect(derived.tables["applications"]?.["granted"]?.["total"]).toBe(258 + 12 + 1 + 1);
    expect(derived.tables["applications"]?.["unableNotHeld"]?.["total"]).toBe(252 + 12 + 1);
    expect(cells.find((cell) => cell.path[2] === "granted")?.from).toHaveLength(6);
    // the input is not changed
    expect(original.tables["applications"]?.["granted"]?.["total"]).toBeNull();
  });

  it("never changes a cell that is present, even when it does not add up (平潭 2020)", () => {
    const original = report("05-pingtan-2020");
    const { report: derived, derived: cells } = deriveTotals(original);
    expect(cells).toEqual([]);
    expect(derived.tables).toEqual(original.tables);
  });

  it("derives （七）总计 from the result rows, then its 总计 from the new row value", () => {
    const original = report("02-huaian-shi-2024");
    const tables = structuredClone(original.tables);
    const results = tables["applications"]!["resultsTotal"]!;
    for (const column of Object.keys(results)) results[column] = null;
    const { report: derived, derived: cells } = deriveTotals({ ...original, tables });
    expect(derived.tables["applications"]?.["resultsTotal"]).toEqual(original.tables["applications"]?.["resultsTotal"]);
    expect(cells).toHaveLength(7);
  });

  it("derives table four totals and leaves a group with a blank outcome blank", () => {
    const original = report("02-huaian-shi-2024");
    const tables = structuredClone(original.tables);
    const cases = tables["reviewAndLitigation"]!["cases"]!;
    cases["reviewTotal"] = null;
    cases["litigationDirectTotal"] = null;
    cases["litigationDirectPending"] = null;
    const { report: derived, derived: cells } = deriveTotals({ ...original, tables });
    expect(derived.tables["reviewAndLitigation"]?.["cases"]?.["reviewTotal"]).toBe(
      original.tables["reviewAndLitigation"]?.["cases"]?.["reviewTotal"],
    );
    expect(derived.tables["reviewAndLitigation"]?.["cases"]?.["litigationDirectTotal"]).toBeNull();
    expect(cells.map((cell) => cell.path.join("."))).toEqual(["tables.reviewAndLitigation.cases.reviewTotal"]);
  });
});
