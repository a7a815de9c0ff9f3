/**
 * Fuzzing the HTML renderer: every report (generated, with hostile text and extreme counts) renders
 * without throwing, and the output never carries the report's markup unescaped.
 */
import fc from "fast-check";
import { assertFuzz, FUZZ_RUNS, FUZZ_TIMEOUT, hostileReport, validReport } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { renderHtml, renderHtmlFragment } from "../src/index.js";

const reports = fc.oneof(validReport(), hostileReport());
const SCRIPT = "<script>alert(1)</script>";

describe(`renderHtml, ${FUZZ_RUNS} reports`, { timeout: FUZZ_TIMEOUT }, () => {
  it("renderHtml and renderHtmlFragment never throw, and escape the report's text", async () => {
    await assertFuzz(
      fc.property(reports, (report) => {
        const page = renderHtml(report);
        const fragment = renderHtmlFragment(report);
        expect(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>")).toBe(true);
        expect(page).not.toContain(SCRIPT);
        expect(fragment).not.toContain(SCRIPT);
      }),
    );
  });
});
