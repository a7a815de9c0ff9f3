import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "./test-helpers.js";

const only = ["t3-split-cell-hint"];

describe("t3-split-cell-hint", () => {
  it("recognises 37 split into 3 and 7 across 自然人 and 商业企业", () => {
    const { report } = corpusEntry("06-pingtan-2022");
    // 本机关不掌握相关政府信息 is 37 / 0 / … / 37; an extraction that splits 37 over two cells:
    const split = withCells(report, [
      ["applications", "unableNotHeld", "naturalPerson", 3],
      ["applications", "unableNotHeld", "commercialEnterprise", 7],
    ]);
    const result = validate(split, { only: ["t3-split-cell-hint", "t3-applicant-columns-sum"] });
    expect(result.findings.filter((finding) => finding.code === "t3-applicant-columns-sum")).toHaveLength(1);
    const hints = result.findings.filter((finding) => finding.code === "t3-split-cell-hint");
    expect(hints).toHaveLength(1);
    expect(hints[0]).toMatchObject({
      severity: "info",
      path: ["tables", "applications", "unableNotHeld", "naturalPerson"],
      expected: 37,
      actual: "3 7",
    });
    expect(hints[0]?.message).toContain("可能是一个数 37 被拆成两格");
  });

  it("gives no hint when no join explains the break (平潭 2020)", () => {
    const { report } = corpusEntry("05-pingtan-2020");
    const result = validate(report, { only });
    expect(result.findings).toEqual([]);
    expect(result.checks[0]?.status).toBe("passed");
  });

  it("gives no hint on a report whose identities hold", () => {
    const { report } = corpusEntry("02-huaian-shi-2024");
    expect(validate(report, { only }).findings).toEqual([]);
  });
});
