import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusEntries } from "../../test/corpus.js";
import { blankReport } from "./blank.js";
import { reportSchemaFor } from "./schema.js";
import { isWellFormedReport } from "./well-formed.js";
import type { EditionId } from "../editions/types.js";

const seeds = [
  ...corpusEntries().map((entry) => entry.report),
  blankReport({ reportYear: 2020, agency: "某区某局", agencyKind: "countyDepartment" }),
  {
    ...blankReport({ reportYear: 2023, agency: "某县人民政府" }),
    preamble: ["导语"],
    narrative: {
      overview: { paragraphs: ["总体"], subsections: [{ heading: "（一）主动公开", topic: "activeDisclosure", inline: true, paragraphs: ["x"] }] },
      otherMatters: { paragraphs: ["无。"] },
    },
    signature: { organ: "某县人民政府办公室", date: "2024-01-29" },
    publishedDate: "2024-02-29",
    asPublished: { headings: { problemsAndImprovements: null }, labels: { applications: { rows: { otherOther: null }, extraRows: ["（六）其他处理"] } }, cellText: { "applications.granted.total": "—" } },
  },
];

/** Values that exercise every branch of the cell and field checks. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, 0, -1, 1.5, 2 ** 53, Number.NaN, "", " ", "5件", "909.76万元", "12元", "1.万元", "2024-02-30", "2023-02-29", "2024-02-29", "2024-13-01", true, [], {}, ["a"], [1], "activeDisclosure", "nope", "countyGovernment"),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
);

type Json = Record<string, unknown>;

/** Every path to a leaf or object in a value. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
}

function setAt(root: Json, path: string[], value: unknown): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return copy;
  let current: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete current[last];
  else current[last] = value;
  return copy;
}

describe("isWellFormedReport agrees with the zod schema", () => {
  it("accepts every seed report", () => {
    for (const seed of seeds) {
      expect(isWellFormedReport(seed)).toBe(true);
      expect(reportSchemaFor(seed["edition"] as EditionId).safeParse(seed).success).toBe(true);
    }
  });

  // A property test: generous timeout, the verdicts are what is asserted, not the time.
  it("gives the same verdict as zod on 3,000 mutated reports", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.nat(seeds.length - 1), fc.nat(), oddValue, fc.boolean(), fc.string({ minLength: 1, maxLength: 8 }), (seedIndex, pathIndex, value, addKey, newKey) => {
        const seed = seeds[seedIndex] as Json;
        const all = paths(seed);
        const path = all[pathIndex % all.length]!;
        const mutated = addKey ? setAt(seed, [...path.slice(0, -1), newKey], value) : setAt(seed, path, value);
        const edition = mutated["edition"];
        const zod = edition === "2019" || edition === "2021" ? reportSchemaFor(edition).safeParse(mutated).success : false;
        expect(isWellFormedReport(mutated)).toBe(zod);
      }),
      { numRuns: 3000 },
    );
  });
});
