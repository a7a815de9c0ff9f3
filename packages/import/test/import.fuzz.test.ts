/**
 * Fuzzing @xxgk/import on text and HTML: published-looking reports (rendered from generated ones)
 * cut, spliced and corrupted, and arbitrary strings. `importReport` never rejects; it gives a
 * report or notes that say why not. (PDF input goes through poppler and is covered by the
 * package's own tests.)
 */
import fc from "fast-check";
import { renderHtml } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { assertFuzz, FUZZ_RUNS, FUZZ_TIMEOUT, hostileText, validReport } from "@xxgk/testing";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";

/** A published-looking document with damage: cut at both ends, a slice replaced by hostile text. */
const damaged = fc
  .record({ report: validReport(), html: fc.boolean(), from: fc.nat(), to: fc.nat(), at: fc.nat(), insert: hostileText() })
  .map(({ report, html, from, to, at, insert }) => {
    const text = html ? renderHtml(report) : renderText(report);
    const start = from % Math.max(1, Math.floor(text.length / 4));
    const end = text.length - (to % Math.max(1, Math.floor(text.length / 4)));
    const cut = text.slice(start, end);
    const position = at % Math.max(1, cut.length);
    return { text: cut.slice(0, position) + insert + cut.slice(position + insert.length), kind: html ? ("html" as const) : ("text" as const) };
  });

const inputs = fc.oneof(
  { arbitrary: damaged, weight: 3 },
  { arbitrary: fc.record({ text: hostileText(), kind: fc.constantFrom("html" as const, "text" as const) }), weight: 1 },
);

describe(`import of text and HTML, ${FUZZ_RUNS} inputs`, { timeout: FUZZ_TIMEOUT * 2 }, () => {
  it("importReport never rejects, and explains a missing report with notes", async () => {
    await assertFuzz(
      fc.asyncProperty(inputs, async ({ text, kind }) => {
        const result = await importReport({ text, kind }, { validate: false });
        if (result.report === undefined) expect(result.notes.length).toBeGreaterThan(0);
      }),
    );
  });
});
