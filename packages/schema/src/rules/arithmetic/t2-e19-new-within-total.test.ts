import { describe, expect, it } from "vitest";
import { corpusEntry } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { withCells } from "./test-helpers.js";

const only = ["t2-e19-new-within-total"];

describe("t2-e19-new-within-total", () => {
  it("passes 平潭 2020 (规范性文件 77 new of 166)", () => {
    const { report } = corpusEntry("05-pingtan-2020");
    expect(validate(report, { only }).checks[0]?.status).toBe("passed");
  });

  it("warns when more were newly published than the total published", () => {
    const { report } = corpusEntry("05-pingtan-2020");
    const broken = withCells(report, [["regulationsAndNormativeDocuments", "normativeDocuments", "newlyPublished", 170]]);
    const findings = validate(broken, { only }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "warning",
      path: ["tables", "regulationsAndNormativeDocuments", "normativeDocuments", "newlyPublished"],
      actual: 170,
    });
    expect(findings[0]?.message).toBe("“规范性文件”：本年新公开数量 170 大于对外公开总数量 166");
  });

  it("does not apply to the 2021 edition", () => {
    const { report } = corpusEntry("06-pingtan-2022");
    expect(validate(report, { only }).checks[0]?.status).toBe("not-applicable");
  });
});
