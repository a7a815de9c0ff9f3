/**
 * What every round-trip test checks: a report rendered by one of the project's renderers and
 * imported back equals the original — edition, year, agency, every cell, every narrative part, the
 * title, preamble and signature — and a one-line summary of how much came back.
 */
import type { Report } from "@xxgk/schema";
import { expect } from "vitest";

const narrativeParts = ["overview", "problemsAndImprovements", "otherMatters"] as const;

function cells(report: Report): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [table, rows] of Object.entries(report.tables)) {
    for (const [row, columns] of Object.entries(rows ?? {})) for (const [column, value] of Object.entries(columns ?? {})) out.set(`${table}.${row}.${column}`, value ?? null);
  }
  return out;
}

/** Asserts that `imported` is `original` come back; returns "cells N/M  narrative K/3" for the printed summary. */
export function expectRoundTrip(imported: Report | undefined, original: Report): string {
  expect(imported).toBeDefined();
  const report = imported!;
  expect(report.edition).toBe(original.edition);
  expect(report.reportYear).toBe(original.reportYear);
  expect(report.agency).toBe(original.agency);
  const want = cells(original);
  const got = cells(report);
  let equal = 0;
  const diffs: string[] = [];
  for (const [key, value] of want) {
    if ((got.get(key) ?? null) === value) equal++;
    else diffs.push(`${key}: ${JSON.stringify(value)} → ${JSON.stringify(got.get(key))}`);
  }
  const parts = narrativeParts.filter((part) => JSON.stringify(report.narrative?.[part] ?? null) === JSON.stringify(original.narrative?.[part] ?? null)).length;
  const line = `cells ${equal}/${want.size}  narrative ${parts}/${narrativeParts.length}`;
  expect(diffs).toEqual([]);
  for (const part of narrativeParts) expect(report.narrative?.[part], part).toEqual(original.narrative?.[part]);
  expect(report.title).toBe(original.title);
  expect(report.preamble).toEqual(original.preamble);
  expect(report.signature).toEqual(original.signature);
  return line;
}
