/**
 * Fuzzing @xxgk/schema's entry points: `parseReport` and `validate` take any JSON and never throw;
 * what they say is consistent (a report when and only when there are no issues).
 */
import fc from "fast-check";
import { parseReport, validate } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { anyJson, validReport } from "../arbitraries.js";
import { assertFuzz, FUZZ_RUNS, FUZZ_TIMEOUT } from "../fuzzing.js";

describe(`schema entry points, ${FUZZ_RUNS} inputs each`, { timeout: FUZZ_TIMEOUT }, () => {
  it("parseReport never throws, and gives a report or issues with paths", async () => {
    await assertFuzz(
      fc.property(anyJson(), (input) => {
        const result = parseReport(input);
        if (result.success) expect(result.report).toBeDefined();
        else for (const issue of result.issues) expect(Array.isArray(issue.path) && typeof issue.message === "string" && typeof issue.fix === "string").toBe(true);
      }),
    );
  });

  it("validate never throws; issues and findings never both; the summary counts the findings", async () => {
    await assertFuzz(
      fc.property(anyJson(), fc.option(validReport(), { nil: undefined }), fc.constantFrom("zh" as const, "en" as const), (input, previous, lang) => {
        const result = validate(input, { lang, ...(previous === undefined ? {} : { previous }) });
        if (result.issues.length > 0) {
          expect(result.report).toBeUndefined();
          expect(result.findings).toEqual([]);
        } else {
          expect(result.report).toBeDefined();
          const { errors, warnings, infos, acknowledged } = result.summary;
          expect(errors + warnings + infos + acknowledged).toBe(result.findings.length);
        }
      }),
    );
  });
});
