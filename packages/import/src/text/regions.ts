/**
 * Where each table of part 二 is printed. A table is anchored on its title (第二十条第（一）项 …)
 * and, when the edition gives it a header no other table shares (本年制发件数 本年废止件数 现行有效件数),
 * on that header too. Its region runs from its anchor to the next anchor of another table. A table
 * whose title is followed by none of its row labels — its body printed elsewhere, on the next page,
 * after its neighbours, or with no title at all — is read where its own header is printed.
 */
import type { EditionDefinition, TableDefinition } from "@xxgk/schema";
import { normaliseLabel } from "../normalize.js";
import { shorten } from "../notes.js";
import type { Doc } from "./document.js";
import { hasRowLabel, locateHeaders } from "./tables.js";

export interface DisclosureRegion {
  /** Source range of the table's cells (after its title or header). */
  readonly from: number;
  readonly to: number;
  /** Set when the table was read after its header instead of after its title. */
  readonly relocated?: {
    /** The header as printed. */
    readonly header: string;
    /** Whether the title was found (it was printed away from the body); `false`: no title at all. */
    readonly titled: boolean;
    /** Text with numbers printed under the title but outside the table body ("" when none). */
    readonly underTitle: string;
  };
}

interface Anchor {
  readonly tableId: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "title" | "header";
}

const distinctiveCache = new Map<string, ReadonlySet<string>>();

/**
 * The tables of part 二 whose header identifies them: none of their column labels is a column
 * label of another table of the edition (本年处理决定数量 heads two tables, so it identifies neither).
 */
function distinctiveTables(edition: EditionDefinition): ReadonlySet<string> {
  const cached = distinctiveCache.get(edition.id);
  if (cached !== undefined) return cached;
  const labelsOf = (table: TableDefinition) => new Set(table.columns.map((column) => normaliseLabel(column.label)));
  const out = new Set<string>();
  for (const table of edition.tables.filter((candidate) => candidate.sectionId === "activeDisclosure")) {
    const own = labelsOf(table);
    const shared = edition.tables.some((other) => other !== table && [...labelsOf(other)].some((label) => own.has(label)));
    if (!shared && own.size > 0) out.add(table.id);
  }
  distinctiveCache.set(edition.id, out);
  return out;
}

/** The region of every table of part 二 found in source range [sectionFrom, sectionTo). */
export function disclosureRegions(doc: Doc, edition: EditionDefinition, sectionFrom: number, sectionTo: number): Map<string, DisclosureRegion> {
  const tables = edition.tables.filter((table) => table.sectionId === "activeDisclosure");
  const anchors: Anchor[] = [];
  for (const table of tables) {
    const title = doc.findFirst(normaliseLabel(table.title), sectionFrom, sectionTo);
    if (title !== undefined) {
      const [start, end] = doc.toSource(title[0], title[1]);
      anchors.push({ tableId: table.id, start, end, kind: "title" });
    }
  }
  anchors.sort((a, b) => a.start - b.start);
  /** The region after an anchor: up to the next anchor of another table. */
  const regionAfter = (anchor: Anchor): { from: number; to: number } => {
    const next = anchors.find((other) => other.start >= anchor.end && other.tableId !== anchor.tableId);
    return { from: anchor.end, to: next?.start ?? sectionTo };
  };
  const titleOf = (table: TableDefinition) => anchors.find((anchor) => anchor.tableId === table.id && anchor.kind === "title");
  const regions = new Map<string, DisclosureRegion>();
  // the usual layout: every title followed by its rows (the headers need not be looked for)
  const usual = tables.every((table) => {
    const title = titleOf(table);
    if (title === undefined) return false;
    const region = regionAfter(title);
    regions.set(table.id, region);
    return hasRowLabel(doc, table, region.from, region.to);
  });
  if (usual) return regions;
  regions.clear();
  const distinctive = distinctiveTables(edition);
  for (const table of tables) {
    if (!distinctive.has(table.id)) continue;
    for (const [start, end] of locateHeaders(doc, table, sectionFrom, sectionTo)) anchors.push({ tableId: table.id, start, end, kind: "header" });
  }
  anchors.sort((a, b) => a.start - b.start);
  for (const table of tables) {
    const title = titleOf(table);
    const titleRegion = title === undefined ? undefined : regionAfter(title);
    if (titleRegion !== undefined && hasRowLabel(doc, table, titleRegion.from, titleRegion.to)) {
      regions.set(table.id, titleRegion);
      continue;
    }
    const elsewhere = anchors
      .filter((anchor) => anchor.tableId === table.id && anchor.kind === "header")
      .filter((anchor) => titleRegion === undefined || anchor.start < titleRegion.from || anchor.start >= titleRegion.to)
      .map((anchor) => ({ anchor, region: regionAfter(anchor) }))
      .find(({ region }) => hasRowLabel(doc, table, region.from, region.to));
    if (elsewhere === undefined) {
      if (titleRegion !== undefined) regions.set(table.id, titleRegion);
      continue;
    }
    const leftOver = titleRegion === undefined ? "" : doc.src.slice(titleRegion.from, titleRegion.to).replace(/\s+/gu, "");
    regions.set(table.id, {
      ...elsewhere.region,
      relocated: {
        header: doc.src.slice(elsewhere.anchor.start, elsewhere.anchor.end).replace(/\s+/gu, " ").trim(),
        titled: titleRegion !== undefined,
        underTitle: /\d/u.test(leftOver) ? shorten(leftOver, 60) : "",
      },
    });
  }
  return regions;
}
