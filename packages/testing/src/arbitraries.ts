/**
 * fast-check arbitraries built on the generator: valid reports, reports with typical errors,
 * reports with hostile text, and arbitrary JSON derived from reports (for parsers and validators).
 */
import fc from "fast-check";
import { parseReport, type Report } from "@xxgk/schema";
import { flaws, generate, generateReport, type Flaw, type Generated } from "./generate.js";

const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const years = fc.integer({ min: 2019, max: 2026 });

/** Valid generated reports of both editions, with or without narrative. */
export function validReport(): fc.Arbitrary<Report> {
  return fc.record({ seed: seeds, reportYear: years, narrative: fc.boolean() }).map((options) => generateReport(options));
}

/** Generated reports with one typical error each (the broken chain needs a pair: see `generateSeries`). */
export function flawedReport(): fc.Arbitrary<Generated> {
  const single = flaws.filter((flaw): flaw is Exclude<Flaw, "carryover"> => flaw !== "carryover");
  return fc
    .record({ seed: seeds, reportYear: years, flaw: fc.constantFrom(...single) })
    .map(({ seed, reportYear, flaw }) => generate({ seed, reportYear, flaws: [flaw] }));
}

/** Text that breaks naive renderers: markup, entities, control characters, wide and combining characters, very long runs. */
export function hostileText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 80 }),
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.constantFrom("<script>alert(1)</script>", "&amp;&lt;", '"\'`', "\u0000\u0007\u001b[31m", "\u200b\u200d\ufeff", "𠀀𠀁𪚥", "a\u0301\u0302", "——", "\r\n\t", "　", "1,234.5万元"),
    fc.string({ unit: fc.constantFrom("汉", "字", "，", "。", "（", "）", "A", " ", "1"), minLength: 200, maxLength: 2000 }),
  );
}

function replaceStrings(value: unknown, next: () => string): unknown {
  if (typeof value === "string") return next();
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, next));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === "edition" || key === "agencyKind" || key === "publishedDate" || key === "date" ? item : replaceStrings(item, next)]));
  }
  return value;
}

/**
 * Valid reports whose free text (agency, title, narrative, preamble, signature) is hostile, and
 * whose counts are at the extremes the schema allows. Only inputs that are reports are given.
 */
export function hostileReport(): fc.Arbitrary<Report> {
  return fc
    .record({
      base: validReport(),
      texts: fc.array(hostileText(), { minLength: 1, maxLength: 12 }),
      title: fc.option(hostileText(), { nil: undefined }),
      bigCounts: fc.boolean(),
    })
    .map(({ base, texts, title, bigCounts }) => {
      let index = 0;
      const next = (): string => texts[index++ % texts.length] ?? "";
      const { tables, ...rest } = base;
      const changed = replaceStrings(rest, next) as Omit<Report, "tables">;
      const scaled = bigCounts
        ? (JSON.parse(JSON.stringify(tables), (_key, value: unknown) => (typeof value === "number" && Number.isInteger(value) && value > 0 ? value * 1_000_003 : value)) as Report["tables"])
        : tables;
      const candidate: Report = { ...base, ...changed, tables: scaled, edition: base.edition, reportYear: base.reportYear, ...(title === undefined ? {} : { title }) };
      const parsed = parseReport(candidate);
      return parsed.success ? parsed.report : base;
    });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path (keys and indices) inside a JSON value. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], into));
  else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], into);
  return into;
}

function setAt(root: unknown, path: readonly (string | number)[], replacement: Json | undefined): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    if (child === null || typeof child !== "object") return copy;
    node = child as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (replacement === undefined) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = replacement;
  }
  return copy;
}

const interestingValues: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(null, -1, 0.5, 1e308, -0, "", "5件", "—", "909.76万元", "2024-02-30", [], {}, true),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.integer() as fc.Arbitrary<Json>,
  fc.double() as fc.Arbitrary<Json>,
);

/** JSON made by changing, deleting or replacing from one to five places of a generated report: mostly not reports. */
export function mutatedReportJson(): fc.Arbitrary<unknown> {
  return fc
    .record({
      base: fc.oneof(validReport(), flawedReport().map((generated) => generated.report)),
      edits: fc.array(fc.record({ at: fc.nat(), value: interestingValues }), { minLength: 1, maxLength: 5 }),
    })
    .map(({ base, edits }) => {
      let value: unknown = JSON.parse(JSON.stringify(base)) as unknown;
      for (const edit of edits) {
        const paths = pathsOf(value);
        value = setAt(value, paths[edit.at % paths.length] ?? [], edit.value);
      }
      return value;
    });
}

/** Anything JSON.parse can give, for entry points that take unknown input. */
export function anyJson(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.jsonValue({ maxDepth: 4 }), mutatedReportJson());
}
