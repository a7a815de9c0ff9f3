/**
 * Test helpers for the narrative rules: corpus tables with real narrative text, and the
 * full-report fixtures of test/fixtures/reports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusEntry, repositoryRoot } from "../../../test/corpus.js";
import type { NarrativeSection } from "../../report/types.js";
import { validate, type ValidationResult } from "../../validate.js";

type Narrative = { overview?: NarrativeSection; problemsAndImprovements?: NarrativeSection; otherMatters?: NarrativeSection };

/** The corpus report's tables with the given narrative (and optional extra fields). */
export function corpusWith(name: string, narrative: Narrative, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...corpusEntry(name).report, narrative, ...extra };
}

/** A part 一 of one paragraph per sentence given. */
export function overview(...paragraphs: string[]): Narrative {
  return { overview: { paragraphs } };
}

/** A full-report fixture (tables and transcribed narrative). */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repositoryRoot, "packages/schema/test/fixtures/reports", `${name}.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

export const fixtureNames = [
  "01-shanghai-bangongting-2019",
  "02-huaian-shi-2024",
  "03-hongze-qu-2024",
  "04-shuyang-fagaiju-2023",
  "05-pingtan-2020",
  "06-pingtan-2022",
  "07-pingtan-2023",
  "08-shanghai-bangongting-2025",
] as const;

/** Runs one rule and fails loudly when the input is not a report. */
export function run(report: unknown, rule: string, lang: "zh" | "en" = "zh"): ValidationResult {
  const result = validate(report, { only: [rule], lang });
  if (result.issues.length > 0) throw new Error(JSON.stringify(result.issues));
  return result;
}
