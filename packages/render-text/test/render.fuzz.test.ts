/**
 * Fuzzing renderText: every report (generated, with hostile text and extreme counts) renders
 * without throwing, at any width from 40.
 */
import fc from "fast-check";
import { assertFuzz, FUZZ_RUNS, FUZZ_TIMEOUT, hostileReport, validReport } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { renderText } from "../src/index.js";

const reports = fc.oneof(validReport(), hostileReport());

describe(`renderText, ${FUZZ_RUNS} reports`, { timeout: FUZZ_TIMEOUT }, () => {
  it("renderText never throws, at any width from 40", async () => {
    await assertFuzz(
      fc.property(reports, fc.option(fc.integer({ min: 40, max: 240 }), { nil: undefined }), (report, width) => {
        const text = renderText(report, width === undefined ? {} : { width });
        expect(typeof text).toBe("string");
        expect(text.length).toBeGreaterThan(0);
      }),
    );
  });
});
