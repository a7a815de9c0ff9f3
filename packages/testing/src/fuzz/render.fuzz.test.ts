/**
 * Fuzzing the renderers: every report (generated, with hostile text and extreme counts) renders
 * without throwing; HTML output never carries the report's markup unescaped.
 */
import fc from "fast-check";
import { renderHtml, renderHtmlFragment } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { describe, expect, it } from "vitest";
import { hostileReport, validReport } from "../arbitraries.js";
import { assertFuzz, FUZZ_RUNS, FUZZ_TIMEOUT } from "./runs.js";

const reports = fc.oneof(validReport(), hostileReport());
const SCRIPT = "<script>alert(1)</script>";

describe(`renderers, ${FUZZ_RUNS} reports each`, { timeout: FUZZ_TIMEOUT }, () => {
  it("renderText never throws, at any width from 40", async () => {
    await assertFuzz(
      fc.property(reports, fc.option(fc.integer({ min: 40, max: 240 }), { nil: undefined }), (report, width) => {
        const text = renderText(report, width === undefined ? {} : { width });
        expect(typeof text).toBe("string");
        expect(text.length).toBeGreaterThan(0);
      }),
    );
  });

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
