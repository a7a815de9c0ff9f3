/**
 * Accuracy on the shared corpus: every extracted text and every real file imports with the right
 * edition, year and agency, and its tables cell by cell. A cell that is not exactly the expected
 * value must be a blank the importer declined to guess (with a note saying why) — never a wrong
 * number. The per-file accuracy is printed.
 */
import { readFileSync } from "node:fs";
import { corpusFiles } from "@xxgk/testing/node";
import { afterAll, describe, expect, it } from "vitest";
import { importReport, type ImportResult } from "../src/index.js";
import { compareTables, corpusDir, corpusTexts, expectedFor, type Expected } from "./corpus.js";

const lines: string[] = [];
afterAll(() => {
  console.log(`\nimport accuracy (cells equal to expected.json)\n${lines.join("\n")}`);
});

function checkAgainst(name: string, result: ImportResult, expected: Expected): void {
  const report = result.report;
  expect(report, name).toBeDefined();
  expect(report!.edition).toBe(expected.edition);
  expect(report!.reportYear).toBe(expected.reportYear);
  expect(report!.agency).toBe(expected.agency);
  const { matched, total, diffs } = compareTables(expected.tables, report!.tables as Record<string, unknown>);
  lines.push(`  ${name.padEnd(40)} ${matched}/${total} (${((matched / total) * 100).toFixed(1)} %)${diffs.length > 0 ? `  — ${diffs.length} left blank as ambiguous` : ""}`);
  for (const diff of diffs) {
    const [path] = diff.split(":");
    const [table, row, column] = path!.split(".");
    const got = (report!.tables[table!]?.[row!]?.[column!]) ?? null;
    // never a wrong number: only a blank that the notes explain
    expect(got, diff).toBeNull();
    const explained = result.notes.some(
      (note) =>
        ["cell-ambiguous", "cell-count", "cell-blank", "table-missing"].includes(note.code) &&
        note.path[1] === table &&
        (note.path.length === 2 || (note.path[2] === row && note.path[3] === column)),
    );
    expect(explained, `${diff} has an import note`).toBe(true);
  }
}

describe("corpus texts", () => {
  for (const name of corpusTexts) {
    it(name, async () => {
      const result = await importReport({ bytes: new Uint8Array(readFileSync(corpusDir + name)), fileName: name });
      checkAgainst(name, result, expectedFor(name));
    });
  }
});

describe("corpus files (real PDF and HTML)", () => {
  for (const { file, expected } of corpusFiles()) {
    it(file, async () => {
      const result = await importReport({ bytes: new Uint8Array(readFileSync(`${corpusDir}files/${file}`)), fileName: file });
      checkAgainst(file, result, expectedFor(expected.replace(/\.expected\.json$/u, ".txt")));
      const { matched, total } = compareTables(expectedFor(expected.replace(/\.expected\.json$/u, ".txt")).tables, result.report!.tables as Record<string, unknown>);
      expect(matched).toBe(total);
    }, 30000);
  }
});

describe("files that must be exact", () => {
  // every text whose numbers are unambiguous from the text alone
  const exact = corpusTexts.filter((name) => !["02-", "05-", "08-"].some((prefix) => name.startsWith(prefix)));
  for (const name of exact) {
    it(`${name} is 100 %`, async () => {
      const result = await importReport({ text: readFileSync(corpusDir + name, "utf8"), fileName: name });
      const { matched, total } = compareTables(expectedFor(name).tables, result.report!.tables as Record<string, unknown>);
      expect(matched).toBe(total);
    });
  }
});
