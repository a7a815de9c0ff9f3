/**
 * The full-report fixtures (test/fixtures/reports) and the example report (examples/) parse,
 * carry exactly the tables of their corpus report, and transcribe the published text faithfully:
 * every paragraph and heading, white space removed, occurs in the corpus text with its white space
 * and page footers (— 3 —, -1-) removed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/report/parse.js";
import type { Report } from "../src/report/types.js";
import { compact } from "../src/text/narrative.js";
import { corpusEntry, repositoryRoot } from "./corpus.js";

const fixturesDir = join(repositoryRoot, "packages/schema/test/fixtures/reports");

interface Case {
  /** Corpus report name, e.g. `03-hongze-qu-2024`. */
  readonly corpusName: string;
  readonly file: string;
}

const fixtureCases: Case[] = readdirSync(fixturesDir)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({ corpusName: file.replace(/\.json$/, ""), file: join(fixturesDir, file) }));

const exampleCase: Case = {
  corpusName: "00-zhangdian-jiguanshiwu-2020",
  file: join(repositoryRoot, "examples/zhangdian-jiguanshiwu-2020.json"),
};

const cases: Case[] = [exampleCase, ...fixtureCases];

/** Page footers such as `— 3 —` or `-1-` on a line of their own. */
const PAGE_FOOTER = /^[ \t\u00a0]*[—–-]+[ \t\u00a0]*\d+[ \t\u00a0]*[—–-]+[ \t\u00a0]*$/gm;

function compactCorpusText(text: string): string {
  return compact(text.replace(PAGE_FOOTER, ""));
}

/** Preamble paragraphs, narrative paragraphs and sub-part headings, each with its path. */
function transcribedTexts(report: Report): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  report.preamble?.forEach((text, index) => out.push({ path: `preamble.${index}`, text }));
  for (const [sectionId, section] of Object.entries(report.narrative ?? {})) {
    if (section === undefined) continue;
    section.paragraphs.forEach((text, index) =>
      out.push({ path: `narrative.${sectionId}.paragraphs.${index}`, text }),
    );
    section.subsections?.forEach((subsection, subIndex) => {
      const base = `narrative.${sectionId}.subsections.${subIndex}`;
      out.push({ path: `${base}.heading`, text: subsection.heading });
      subsection.paragraphs.forEach((text, index) => out.push({ path: `${base}.paragraphs.${index}`, text }));
    });
  }
  return out;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

describe("full-report fixtures and the example", () => {
  it("has fixtures to test", () => {
    expect(fixtureCases.length).toBeGreaterThan(0);
  });

  it("documents every fixture in the fixtures README", () => {
    const readme = readFileSync(join(fixturesDir, "README.md"), "utf8");
    for (const { corpusName } of fixtureCases) expect(readme).toContain(`${corpusName}.json`);
  });

  describe.each(cases)("$corpusName", ({ corpusName, file }) => {
    const input = readJson(file);
    const entry = corpusEntry(corpusName);
    const result = parseReport(input);

    it("parses without issues", () => {
      expect(result.success ? [] : result.issues).toEqual([]);
      expect(result.success).toBe(true);
    });

    it("has the corpus report's tables and identity", () => {
      const report = input as Report;
      const expected = entry.report as { tables: unknown; edition: unknown; reportYear: unknown; agency: unknown };
      expect(report.tables).toEqual(expected.tables);
      expect(report.edition).toBe(expected.edition);
      expect(report.reportYear).toBe(expected.reportYear);
      expect(report.agency).toBe(expected.agency);
    });

    it("transcribes every paragraph and heading from the published text", () => {
      const source = compactCorpusText(entry.text);
      const texts = transcribedTexts(input as Report);
      expect(texts.length).toBeGreaterThan(0);
      const missing = texts
        .filter(({ text }) => text.trim() === "" || !source.includes(compact(text)))
        .map(({ path, text }) => `${path}: ${text.slice(0, 40)}`);
      expect(missing).toEqual([]);
    });

    it("records only printed labels and headings as published", () => {
      const source = compactCorpusText(entry.text);
      const asPublished = (input as Report).asPublished ?? {};
      const printed: string[] = [];
      for (const heading of Object.values(asPublished.headings ?? {})) if (heading !== null) printed.push(heading);
      for (const labels of Object.values(asPublished.labels ?? {})) {
        for (const label of Object.values(labels.rows ?? {})) if (label !== null) printed.push(label);
        for (const label of Object.values(labels.columns ?? {})) if (label !== null) printed.push(label);
        printed.push(...(labels.extraRows ?? []));
      }
      expect(printed.filter((label) => !source.includes(compact(label)))).toEqual([]);
    });
  });
});
