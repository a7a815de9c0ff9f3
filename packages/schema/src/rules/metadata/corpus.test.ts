import { describe, expect, it } from "vitest";
import { corpusEntries } from "../../../test/corpus.js";
import { validate } from "../../validate.js";
import { catalogue } from "../catalogue.js";
import { metadataRules } from "./index.js";
import { fullReport } from "./test-helpers.js";

describe("metadata rules on the corpus", () => {
  it("are the 16 metadata rules of the catalogue, in catalogue order", () => {
    const ids = catalogue.filter((entry) => entry.kind === "metadata").map((entry) => entry.id);
    expect(ids).toHaveLength(16);
    expect(metadataRules.map((rule) => rule.id)).toEqual(ids);
    expect(metadataRules.every((rule) => rule.kind === "metadata")).toBe(true);
  });

  const entries = corpusEntries();

  it.each(entries.filter((entry) => entry.violations.length === 0).map((entry) => [entry.name, entry] as const))(
    "find no error in %s, whose corpus record lists no violation",
    (_name, entry) => {
      const result = validate(entry.report, { rules: metadataRules });
      expect(result.issues).toEqual([]);
      expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
      expect(result.checks).toHaveLength(16);
    },
  );

  it("find only the documented blanks in 上海 2019 (plus the unknown agency kind)", () => {
    const entry = entries.find((candidate) => candidate.name === "01-shanghai-bangongting-2019")!;
    const result = validate(entry.report, { rules: metadataRules });
    expect(result.summary).toEqual({ errors: 0, warnings: 19, infos: 1, acknowledged: 0 });
  });

  it("find no error in the full text of 沭阳 2023 and 洪泽区 2024 (title, preamble, narrative, signature)", () => {
    for (const name of ["04-shuyang-fagaiju-2023", "03-hongze-qu-2024"] as const) {
      const result = validate(fullReport(name), { rules: metadataRules });
      expect(result.issues).toEqual([]);
      expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([["meta-agency-type-known", "info"]]);
    }
  });

  it("say why every rule was not checked on a tables-only report", () => {
    for (const entry of entries) {
      const result = validate(entry.report, { rules: metadataRules });
      for (const check of result.checks) {
        if (check.status === "not-checked" || check.status === "partial" || check.status === "not-applicable") {
          expect(check.reasons.length, `${entry.name} ${check.code}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
