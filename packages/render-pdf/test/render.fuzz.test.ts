/**
 * Fuzzing renderPdf: every report (generated, with hostile text and extreme counts) renders to a
 * complete PDF without throwing. A PDF takes tens of milliseconds, so `pnpm test` runs 60 inputs;
 * the package's `fuzz` script runs 10,000.
 */
import fc from "fast-check";
import { assertFuzz, hostileReport, slowFuzzRuns, validReport } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../src/index.js";

const runs = slowFuzzRuns(60);
const reports = fc.oneof(validReport(), hostileReport());

describe(`renderPdf, ${runs} reports`, { timeout: Math.max(120_000, runs * 400) }, () => {
  it("renderPdf never throws and always gives a whole PDF", async () => {
    await assertFuzz(
      fc.asyncProperty(reports, async (report) => {
        const bytes = await renderPdf(report);
        const text = Buffer.from(bytes).toString("latin1");
        expect(text.startsWith("%PDF-")).toBe(true);
        expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
      }),
      runs,
    );
  });
});
