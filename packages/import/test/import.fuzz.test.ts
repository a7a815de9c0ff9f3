/**
 * Fuzzing @xxgk/import on text and HTML: published-looking reports (rendered from generated ones)
 * cut, spliced and corrupted, and arbitrary strings. `importReport` never rejects; it gives a
 * report or notes that say why not. (PDF input is fuzzed in import-pdf.fuzz.test.ts.)
 */
import fc from "fast-check";
import { renderHtml } from "@xxgk/render-html";
import { renderText } from "@xxgk/render-text";
import { getEdition, type Report } from "@xxgk/schema";
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

/** Part 二 as tab-separated lines: each table's title, header and rows (a blank cell stays empty). */
function partTwo(report: Report): string[][] {
  const edition = getEdition(report.edition);
  return edition.tables
    .filter((table) => table.sectionId === "activeDisclosure")
    .map((table) => [
      table.title,
      ["信息内容", ...table.columns.map((column) => column.label)].join("\t"),
      ...table.rows.map((row) => [row.label ?? "", ...table.columns.map((column) => String(report.tables[table.id]?.[row.id]?.[column.id] ?? ""))].join("\t")),
    ]);
}

/** The rendered report with part 二 replaced by `lines`. */
function withPartTwo(report: Report, lines: readonly string[]): string {
  const text = renderText(report);
  const start = text.indexOf("二、主动公开政府信息情况");
  const end = text.indexOf("三、收到和处理政府信息公开申请情况");
  return `${text.slice(0, start)}二、主动公开政府信息情况\n${lines.join("\n")}\n\n${text.slice(end)}`;
}

describe(`part 二 tables printed away from their titles, ${FUZZ_RUNS} reports`, { timeout: FUZZ_TIMEOUT * 2 }, () => {
  it("read the same wherever the body of 第二十条第（一）项 is printed, with or without its title", async () => {
    await assertFuzz(
      fc.asyncProperty(validReport(), fc.boolean(), async (report, keepTitle) => {
        const [first, ...others] = partTwo(report);
        const usual = await importReport({ text: withPartTwo(report, [first!, ...others].flat()), kind: "text" }, { validate: false });
        // the body after the other tables (its title left in place, or gone)
        const moved = [...(keepTitle ? [first![0]!] : []), ...others.flat(), ...first!.slice(1)];
        const relocated = await importReport({ text: withPartTwo(report, moved), kind: "text" }, { validate: false });
        for (const table of getEdition(report.edition).tables.filter((candidate) => candidate.sectionId === "activeDisclosure")) {
          expect(relocated.report?.tables[table.id], table.id).toEqual(usual.report?.tables[table.id]);
          expect(relocated.report?.tables[table.id], `${table.id} as generated`).toEqual(report.tables[table.id]);
        }
        expect(relocated.notes.some((note) => note.code === "table-relocated" && note.path[1] === "regulationsAndNormativeDocuments")).toBe(true);
      }),
    );
  });
});

describe(`part 二 rows that lost a cell, ${FUZZ_RUNS} reports`, { timeout: FUZZ_TIMEOUT * 2 }, () => {
  it("never give a wrong number: each cell is the one printed or null", async () => {
    await assertFuzz(
      fc.asyncProperty(validReport(), fc.nat(), fc.nat(), async (report, rowPick, cellPick) => {
        const tables = partTwo(report);
        const table = tables[rowPick % tables.length]!;
        const rowIndex = 2 + (rowPick % (table.length - 2));
        const fields = table[rowIndex]!.split("\t");
        if (fields.length < 3) return; // a table of one column has nothing to lose and still be read
        fields.splice(1 + (cellPick % (fields.length - 1)), 1);
        table[rowIndex] = fields.join("\t");
        const result = await importReport({ text: withPartTwo(report, tables.flat()), kind: "text" }, { validate: false });
        for (const definition of getEdition(report.edition).tables.filter((candidate) => candidate.sectionId === "activeDisclosure")) {
          for (const [rowId, columns] of Object.entries(result.report?.tables[definition.id] ?? {})) {
            for (const [columnId, value] of Object.entries(columns ?? {})) {
              if (value !== null) expect(value, `${definition.id}.${rowId}.${columnId}`).toEqual(report.tables[definition.id]?.[rowId]?.[columnId]);
            }
          }
        }
      }),
    );
  });
});
