import fc from "fast-check";
import { dataRows, getEdition, validate, type Severity } from "@xxgk/schema";
import { describe, expect, it } from "vitest";
import { flawedReport, validReport } from "./arbitraries.js";
import { flawRules, flaws, generate, generateCorpus, generateReport, generateSeries } from "./generate.js";

const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

describe("generated valid reports", () => {
  it("are the same for the same seed, and differ between seeds", () => {
    expect(generateReport({ seed: 7 })).toEqual(generateReport({ seed: 7 }));
    expect(generateReport({ seed: 7 })).not.toEqual(generateReport({ seed: 8 }));
  });

  it("cover both editions, every table and every data cell of the edition", () => {
    const editions = new Set<string>();
    for (let seed = 0; seed < 50; seed++) {
      const report = generateReport({ seed });
      editions.add(report.edition);
      const edition = getEdition(report.edition);
      for (const table of edition.tables) {
        for (const row of dataRows(table)) for (const column of table.columns) expect(report.tables[table.id]?.[row.id]?.[column.id], `${table.id}.${row.id}.${column.id}`).not.toBeNull();
      }
    }
    expect([...editions].sort()).toEqual(["2019", "2021"]);
  });

  it("validate with no error finding (property, both editions, with and without narrative)", () => {
    fc.assert(
      fc.property(validReport(), (report) => {
        const result = validate(report);
        expect(result.issues).toEqual([]);
        expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("consecutive years chain: no error finding with the previous year given, cross-year rules checked", () => {
    for (let seed = 0; seed < 60; seed++) {
      const series = generateSeries({ seed, fromYear: 2019 + (seed % 5), toYear: 2021 + (seed % 5) });
      for (let i = 1; i < series.length; i++) {
        const result = validate(series[i]!.report, { previous: series[i - 1]!.report });
        expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
        expect(result.checks.find((check) => check.code === "y-carryover-chain")?.status).toBe("passed");
      }
    }
  });

  it("a corpus has unique names, pairs of years, and the share of flawed reports asked for", () => {
    const corpus = generateCorpus({ seed: 1, count: 200, flawed: 0.25 });
    expect(corpus).toHaveLength(200);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(200);
    const flawed = corpus.filter((entry) => entry.injected.length > 0).length;
    expect(flawed).toBeGreaterThan(20);
    expect(flawed).toBeLessThan(80);
    expect(generateCorpus({ seed: 1, count: 50, flawed: 0 }).every((entry) => entry.injected.length === 0)).toBe(true);
  });
});

describe("each injected error is found by the matching rule", () => {
  it.each(flaws)("%s", (flaw) => {
    for (let seed = 0; seed < 80; seed++) {
      const year = 2020 + (seed % 6);
      const [previous, current] = generateSeries({ seed, fromYear: year - 1, toYear: year, flaws: { [year]: [flaw] } });
      const result = validate(current!.report, { previous: previous!.report });
      expect(result.issues).toEqual([]);
      expect(current!.injected.map((injected) => injected.flaw)).toEqual([flaw]);
      for (const { rule, severity } of flawRules[flaw]) {
        const found = result.findings.filter((finding) => finding.code === rule && rank[finding.severity] >= rank[severity]);
        expect(found, `${flaw} (seed ${seed}) must be found by ${rule}`).not.toEqual([]);
      }
    }
  });

  it("flawed reports from the arbitrary: every flaw found (property)", () => {
    fc.assert(
      fc.property(flawedReport(), ({ report, injected }) => {
        const result = validate(report);
        for (const { flaw } of injected) {
          for (const { rule, severity } of flawRules[flaw]) {
            expect(result.findings.some((finding) => finding.code === rule && rank[finding.severity] >= rank[severity])).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the totals flaw is at the path it names", () => {
    const { report, injected } = generate({ seed: 3, flaws: ["totals"] });
    const [path] = injected[0]!.paths;
    expect(validate(report).findings.some((finding) => finding.path.join(".") === path!.join(".") || finding.path[2] === path![2] || finding.path[3] === path![3])).toBe(true);
  });
});
