/**
 * The render model → a react-pdf element tree.
 *
 * Blocks become "atoms" (one atom per set line, per table chunk, per signature block, plus
 * spacers) through one handler per block kind; `paginate` cuts the atoms into pages; each page is
 * a `<Page wrap={false}>` with a static page number. Every string printed comes from the model
 * (labels, numbers, dates): this module types no label of the format.
 */
import { cloneElement, createElement, type ReactElement, type ReactNode } from "react";
import { Canvas, Document, Page, Text, View } from "@react-pdf/renderer";
import type {
  Block,
  HeadingBlock,
  ParagraphBlock,
  RenderModel,
  SignatureBlock,
  TableBlock,
  TitleBlock,
} from "@xxgk/render-model";
import { makePen, type Pen } from "./draw.js";
import { FONT_FAMILIES, type FontRole, type LoadedFonts } from "./fonts.js";
import { glyphCount, setLines, type Measurers, type SetLine, type Span } from "./flow.js";
import { noBreakCallback } from "./linebreak.js";
import { chunkTable, layoutTable, type CellBox, type TableChunk } from "./table.js";
import {
  BODY_SIZE,
  CELL_PAD_X,
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  LINE_PITCH,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_NUMBER_SIZE,
  PAGE_NUMBER_TOP,
  PAGE_WIDTH,
  RULE_WIDTH,
  TABLE_LINE_HEIGHT,
  TABLE_SIZE,
  TITLE_SIZE,
} from "./typography.js";

/**
 * A piece of the page flow: a height and how to draw it. Atoms are never split; a page break can
 * come between any two atoms unless the first says `keepWithNext`.
 */
export interface Atom {
  readonly height: number;
  /** Keep on the same page as the next atom (headings, a paragraph's first line). */
  readonly keepWithNext: boolean;
  /** Start a new page before this atom (a table continued after a page break). */
  readonly breakBefore: boolean;
  /** White space: dropped at the top of a page. */
  readonly space: boolean;
  readonly render: (key: string) => ReactElement;
  /**
   * Draws the atom directly (no react-pdf text layout): `top` is where the atom starts, relative
   * to the canvas (the text block's left edge). Consecutive atoms that can draw themselves share
   * one `<Canvas>`; an atom without `draw` is rendered with `render`.
   */
  readonly draw?: (pen: Pen, top: number) => void;
  /**
   * The room the drawn atom takes in the flow, when not `height` (a table chunk: `height` counts
   * its bottom rule, which hangs below the box the next atom follows).
   */
  readonly flowHeight?: number;
  /**
   * Set lines of one paragraph: consecutive atoms of the same group on a page are drawn as ONE
   * Text (fewer Texts is what makes react-pdf fast), each still where `render` would put it.
   */
  readonly lines?: LineGroup;
  /**
   * A table taller than a page: the paginator calls this with the room left on the current page
   * and places the chunks it returns instead (each chunk after the first repeats the header rows).
   */
  readonly expand?: (room: number) => Atom[];
}

/** A line of a paragraph, for drawing several lines as one Text. */
export interface LineGroup {
  readonly id: object;
  readonly line: SetLine;
  readonly style: LineStyle;
}

/** What a block handler gets. */
export interface BlockContext {
  readonly measurers: Measurers;
  /** The block after this one (`null` at the end), e.g. to keep a heading with a table. */
  readonly next: Block | null;
}

export type BlockHandler<B extends Block> = (block: B, context: BlockContext) => Atom[];

export interface BlockHandlers {
  readonly title: BlockHandler<TitleBlock>;
  readonly heading: BlockHandler<HeadingBlock>;
  readonly paragraph: BlockHandler<ParagraphBlock>;
  readonly table: BlockHandler<TableBlock>;
  readonly signature: BlockHandler<SignatureBlock>;
}

const h = createElement;
const INDENT = BODY_SIZE * 2;
/** Set lines get a little more room than they were set for, so react-pdf never wraps them again. */
const SLACK = 4;

const styles = {
  page: {
    paddingTop: MARGIN_TOP,
    paddingBottom: MARGIN_BOTTOM,
    paddingLeft: MARGIN_LEFT,
    paddingRight: MARGIN_RIGHT,
    fontFamily: FONT_FAMILIES.serif,
    fontSize: BODY_SIZE,
    color: "#000",
  },
  pageNumber: {
    position: "absolute" as const,
    top: PAGE_NUMBER_TOP,
    left: MARGIN_LEFT + PAGE_NUMBER_SIZE,
    right: MARGIN_RIGHT + PAGE_NUMBER_SIZE,
    fontSize: PAGE_NUMBER_SIZE,
    lineHeight: `${PAGE_NUMBER_SIZE * 1.2}pt`,
  },
} as const;

const space = (height: number): Atom => ({
  height,
  keepWithNext: false,
  breakBefore: false,
  space: true,
  render: (key) => h(View, { key, style: { height } }),
  draw: () => undefined,
});

export interface LineStyle {
  readonly size: number;
  readonly pitch: number;
  readonly align: "left" | "center";
  readonly font: FontRole;
}

function lineElement(line: SetLine, style: LineStyle, key: string): ReactElement {
  const maxSpacing = line.runs.reduce((max, run) => Math.max(max, run.letterSpacing), 0);
  const runs = line.runs.map((run, index) =>
    run.font === style.font && run.letterSpacing === 0 && line.runs.length === 1
      ? run.text
      : h(
          Text,
          {
            key: index,
            style: {
              ...(run.font === style.font ? {} : { fontFamily: FONT_FAMILIES[run.font] }),
              ...(run.letterSpacing === 0 ? {} : { letterSpacing: run.letterSpacing }),
            },
          },
          run.text,
        ),
  );
  return h(
    Text,
    {
      key,
      // The line is set already (禁则 breaking in flow.ts): a per-Text callback that offers react-pdf
      // no break at all, so its Knuth–Plass pass has one box to place instead of a glue per character.
      hyphenationCallback: noBreakCallback,
      style: {
        fontFamily: FONT_FAMILIES[style.font],
        fontSize: style.size,
        // No fixed height: react-pdf's typesetter drops a line whose height equals the box's.
        lineHeight: `${style.pitch}pt`,
        textAlign: style.align,
        ...(style.align === "center"
          ? { width: CONTENT_WIDTH + 2 * SLACK, marginLeft: -SLACK }
          : // react-pdf adds the letter spacing after the last glyph too: room for it.
            { width: CONTENT_WIDTH + SLACK + maxSpacing, paddingLeft: line.indent }),
      },
    },
    ...runs,
  );
}

/** Draws a set line whose line box starts at `top`, as react-pdf would place it. */
function drawLine(pen: Pen, measurers: Measurers, line: SetLine, style: LineStyle, top: number): void {
  // react-pdf's line box: the baseline sits the largest ascent of the line's faces under its top.
  let ascent = 0;
  for (const run of line.runs) ascent = Math.max(ascent, pen.ascent(run.font));
  const baseline = top + ascent * style.size;
  const advances = line.runs.map(
    (run) => measurers[run.font].width(run.text, style.size) + run.letterSpacing * glyphCount(run.text),
  );
  let x = line.indent;
  if (style.align === "center") x = (CONTENT_WIDTH - advances.reduce((sum, value) => sum + value, 0)) / 2;
  line.runs.forEach((run, index) => {
    pen.text(run.font, style.size, run.text, x, baseline, run.letterSpacing);
    x += advances[index]!;
  });
}

function lineAtoms(lines: readonly SetLine[], style: LineStyle, keep: "all" | "paragraph", measurers: Measurers): Atom[] {
  return lines.map((line, index) => ({
    height: style.pitch,
    // Headings and titles stay whole and with what follows; a paragraph keeps its first two lines
    // together and never leaves its last line alone at the top of a page.
    keepWithNext:
      keep === "all" || (lines.length > 1 && index === 0) || (lines.length > 2 && index === lines.length - 2),
    breakBefore: false,
    space: false,
    render: (key: string) => lineElement(line, style, key),
    draw: (pen: Pen, top: number) => drawLine(pen, measurers, line, style, top),
    ...(style.align === "left" ? { lines: { id: lines, line, style } } : {}),
  }));
}

function runElements(line: SetLine, style: LineStyle, keyPrefix: string): ReactNode[] {
  return line.runs.map((run, index) =>
    run.font === style.font && run.letterSpacing === 0
      ? run.text
      : h(
          Text,
          {
            key: `${keyPrefix}${index}`,
            style: {
              ...(run.font === style.font ? {} : { fontFamily: FONT_FAMILIES[run.font] }),
              ...(run.letterSpacing === 0 ? {} : { letterSpacing: run.letterSpacing }),
            },
          },
          run.text,
        ),
  );
}

/**
 * Several set lines of one paragraph as one Text. react-pdf lays the Text out again, so its
 * per-Text hyphenation callback offers exactly one break opportunity — an empty piece, which breaks
 * without a "-" — at the end of each set line, and none inside a line: the lines come out as set.
 * Text with ASCII spaces (react-pdf splits words there itself) is drawn line by line instead.
 */
function linesElement(group: readonly LineGroup[], key: string): ReactElement | ReactElement[] {
  const texts = group.map((item) => item.line.runs.map((run) => run.text).join(""));
  if (group.length === 1 || texts.some((text) => text.includes(" "))) {
    return group.map((item, index) => lineElement(item.line, item.style, `${key}-${index}`));
  }
  const style = group[0]!.style;
  // Break opportunities exactly at the ends of the set lines. react-pdf hands the callback its
  // runs' text in order (it may merge runs), so the callback finds each word in the paragraph's
  // text and splits it where a set line ends.
  const fullText = texts.join("");
  const ends = new Set<number>();
  let offset = 0;
  for (const text of texts) {
    offset += text.length;
    ends.add(offset);
  }
  let cursor = 0;
  const callback = (word: string): string[] => {
    let start = fullText.startsWith(word, cursor) ? cursor : fullText.indexOf(word);
    if (start < 0) return [word];
    const parts: string[] = [];
    let from = 0;
    for (let index = 1; index <= word.length; index++) {
      if (ends.has(start + index) && index < word.length) {
        parts.push(word.slice(from, index), "");
        from = index;
      }
    }
    parts.push(word.slice(from));
    cursor = start + word.length;
    if (ends.has(cursor) && cursor < fullText.length) parts.push("");
    start = cursor;
    return parts;
  };
  const children: ReactNode[] = [];
  const indent = group[0]!.line.indent;
  group.forEach((item, index) => {
    const runs = runElements(item.line, style, `${index}-`).map((run, runIndex) => {
      // react-pdf reads the first-line indent from the first run's own style (it is not inherited).
      if (index === 0 && runIndex === 0 && indent > 0) {
        return typeof run === "string"
          ? h(Text, { key: "0-0s", style: { textIndent: indent } }, run)
          : cloneElement(run as ReactElement<{ style: object }>, { style: { ...(run as ReactElement<{ style: object }>).props.style, textIndent: indent } });
      }
      return run;
    });
    children.push(...runs);
  });
  const maxSpacing = Math.max(0, ...group.flatMap((item) => item.line.runs.map((run) => run.letterSpacing)));
  return h(
    Text,
    {
      key,
      hyphenationCallback: callback,
      style: {
        fontFamily: FONT_FAMILIES[style.font],
        fontSize: style.size,
        lineHeight: `${style.pitch}pt`,
        textAlign: "left",
        width: CONTENT_WIDTH + SLACK + maxSpacing,
        ...(indent > 0 ? { textIndent: indent } : {}),
      },
    },
    ...children,
  );
}

/** The elements of a page's atoms, consecutive lines of a paragraph merged into one Text. */
function pageContent(atoms: readonly Atom[], fonts: LoadedFonts | undefined): ReactNode[] {
  const elements: ReactNode[] = [];
  let index = 0;
  while (index < atoms.length) {
    const atom = atoms[index]!;
    if (atom.draw !== undefined && fonts !== undefined) {
      // Atoms that draw themselves: one Canvas for the whole stretch (no text layout by react-pdf).
      const drawn: Atom[] = [];
      let height = 0;
      while (index < atoms.length && atoms[index]!.draw !== undefined) {
        drawn.push(atoms[index]!);
        height += atoms[index]!.flowHeight ?? atoms[index]!.height;
        index += 1;
      }
      const paint = (painter: Parameters<typeof makePen>[0]): null => {
        const pen = makePen(painter, fonts);
        let top = 0;
        for (const item of drawn) {
          item.draw!(pen, top);
          top += item.flowHeight ?? item.height;
        }
        return null;
      };
      elements.push(h(Canvas, { key: `c${index}`, style: { width: CONTENT_WIDTH, height }, paint }));
      continue;
    }
    if (atom.lines === undefined) {
      elements.push(atom.render(`a${index}`));
      index += 1;
      continue;
    }
    const group: LineGroup[] = [atom.lines];
    let next = index + 1;
    while (next < atoms.length && atoms[next]!.lines?.id === atom.lines.id) {
      group.push(atoms[next]!.lines!);
      next += 1;
    }
    const element = linesElement(group, `a${index}`);
    if (Array.isArray(element)) elements.push(...element);
    else elements.push(element);
    index = next;
  }
  return elements;
}

const bodyStyle: LineStyle = { size: BODY_SIZE, pitch: LINE_PITCH, align: "left", font: "serif" };

function title(block: TitleBlock, context: BlockContext): Atom[] {
  const style: LineStyle = { size: TITLE_SIZE, pitch: LINE_PITCH * 1.25, align: "center", font: "title" };
  const lines = setLines([{ text: block.text, font: "title" }], context.measurers, {
    width: CONTENT_WIDTH,
    size: TITLE_SIZE,
    firstIndent: 0,
    justify: false,
  });
  return [...lineAtoms(lines, style, "all", context.measurers), space(LINE_PITCH)];
}

function heading(block: HeadingBlock, context: BlockContext): Atom[] {
  const font: FontRole = block.level === 1 ? "sans" : "kai";
  const lines = setLines([{ text: block.text, font }], context.measurers, {
    width: CONTENT_WIDTH,
    size: BODY_SIZE,
    firstIndent: INDENT,
    justify: true,
  });
  return lineAtoms(lines, { ...bodyStyle, font }, "all", context.measurers);
}

function paragraph(block: ParagraphBlock, context: BlockContext): Atom[] {
  const spans: Span[] = [];
  if (block.runIn !== null) spans.push({ text: block.runIn.text, font: "kai" });
  if (block.text !== "") spans.push({ text: block.text, font: "serif" });
  if (spans.length === 0) return [];
  const lines = setLines(spans, context.measurers, {
    width: CONTENT_WIDTH,
    size: BODY_SIZE,
    firstIndent: INDENT,
    justify: true,
  });
  return lineAtoms(lines, bodyStyle, "paragraph", context.measurers);
}

function signature(block: SignatureBlock, context: BlockContext): Atom[] {
  const measure = context.measurers.serif;
  const width = Math.max(measure.width(block.organ, BODY_SIZE), measure.width(block.dateText, BODY_SIZE)) + SLACK;
  const line = (text: string, key: string) =>
    h(Text, { key, hyphenationCallback: noBreakCallback, style: { lineHeight: `${LINE_PITCH}pt`, textAlign: "center", width } }, text);
  return [
    space(LINE_PITCH * 2),
    {
      height: LINE_PITCH * 2,
      keepWithNext: false,
      breakBefore: false,
      space: false,
      // The organ centred over the date, the block right-aligned two characters in from the margin.
      render: (key) =>
        h(View, { key, style: { alignSelf: "flex-end", marginRight: INDENT } }, line(block.organ, "o"), line(block.dateText, "d")),
      draw: (pen, top) => {
        const left = CONTENT_WIDTH - INDENT - width;
        const baseline = top + pen.ascent("serif") * BODY_SIZE;
        [block.organ, block.dateText].forEach((text, index) => {
          const x = left + (width - measure.width(text, BODY_SIZE)) / 2;
          pen.text("serif", BODY_SIZE, text, x, baseline + index * LINE_PITCH);
        });
      },
    },
  ];
}

const ruleColor = "#000";

interface Rule {
  readonly key: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The rules of a chunk as merged segments (far fewer nodes than a bordered box per cell). */
function ruleElements(cells: readonly CellBox[], width: number, height: number): ReactElement[] {
  return ruleRects(cells, width, height).map(({ key, ...box }) =>
    h(View, { key, style: { position: "absolute", ...box, backgroundColor: ruleColor } }),
  );
}

/** The merged rule segments of a chunk as filled rectangles. */
function ruleRects(cells: readonly CellBox[], width: number, height: number): Rule[] {
  const horizontal = new Map<number, [number, number][]>();
  const vertical = new Map<number, [number, number][]>();
  const add = (map: Map<number, [number, number][]>, at: number, from: number, to: number) => {
    const key = Math.round(at * 100) / 100;
    const list = map.get(key) ?? [];
    list.push([from, to]);
    map.set(key, list);
  };
  for (const box of cells) {
    add(horizontal, box.y, box.x, box.x + box.width);
    add(vertical, box.x, box.y, box.y + box.height);
  }
  add(horizontal, height, 0, width);
  add(vertical, width, 0, height);
  const merge = (segments: [number, number][]) => {
    segments.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const segment of segments) {
      const last = merged[merged.length - 1];
      if (last !== undefined && segment[0] <= last[1] + 0.01) last[1] = Math.max(last[1], segment[1]);
      else merged.push([segment[0], segment[1]]);
    }
    return merged;
  };
  const rules: Rule[] = [];
  const half = RULE_WIDTH / 2;
  for (const [y, segments] of horizontal) {
    for (const [from, to] of merge(segments)) {
      rules.push({ key: `h${y}-${from}`, left: from - half, top: y - half, width: to - from + RULE_WIDTH, height: RULE_WIDTH });
    }
  }
  for (const [x, segments] of vertical) {
    for (const [from, to] of merge(segments)) {
      rules.push({ key: `v${x}-${from}`, left: x - half, top: from - half, width: RULE_WIDTH, height: to - from + RULE_WIDTH });
    }
  }
  return rules;
}

/** One line of cell text at its final place in the chunk. */
interface Placement {
  readonly text: string;
  readonly x: number;
  readonly width: number;
  readonly top: number;
  readonly tabular: boolean;
}

/** Noto CJK metrics: the ideographic em box rises 0.88 em above the baseline; the line box's baseline sits at the ascent. */
const EM_BOX_TOP = 0.88;
const SERIF_ASCENT = 1.151;

function placements(cells: readonly CellBox[]): Placement[] {
  const result: Placement[] = [];
  for (const box of cells) {
    if (box.lines.length === 0) continue;
    const align = box.cell.vertical ? "center" : box.cell.align;
    const blockTop = box.y + (box.height - box.lines.length * box.lineHeight) / 2;
    box.lines.forEach((text, index) => {
      const width = box.lineWidths[index]!;
      const x =
        align === "right"
          ? box.x + box.width - CELL_PAD_X - width
          : align === "center"
            ? box.x + (box.width - width) / 2
            : box.x + CELL_PAD_X;
      // Centre the em box in the line: the Text's line box starts above it by the font's ascent.
      const lineTop = blockTop + index * box.lineHeight;
      const top = lineTop + (box.lineHeight - TABLE_SIZE) / 2 + (EM_BOX_TOP - SERIF_ASCENT) * TABLE_SIZE;
      result.push({ text, x, width, top, tabular: box.tabular });
    });
  }
  return result;
}

/** A gap of exactly `width` points: one ideographic space whose advance is corrected by letter spacing. */
const GAP = "\u3000";

/**
 * The cell texts of a chunk as few Text elements as possible: every line at the same height (a
 * table row of single-line cells) is one Text whose runs are placed by gaps of exact width — a
 * few dozen Texts for table three instead of hundreds. The lines are set already: nothing is left
 * for react-pdf to break (`noBreakCallback`).
 */
function cellTexts(cells: readonly CellBox[], width: number): ReactElement[] {
  const byTop = new Map<number, Placement[]>();
  for (const placement of placements(cells)) {
    const key = Math.round(placement.top * 100) / 100;
    const list = byTop.get(key) ?? [];
    list.push(placement);
    byTop.set(key, list);
  }
  const elements: ReactElement[] = [];
  for (const [top, list] of [...byTop].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.x - b.x);
    const left = list[0]!.x;
    let cursor = left;
    const runs: ReactElement[] = [];
    list.forEach((placement, index) => {
      const gap = placement.x - cursor;
      if (index > 0) runs.push(h(Text, { key: `g${index}`, style: { letterSpacing: gap - TABLE_SIZE } }, GAP));
      runs.push(h(Text, { key: `t${index}`, style: placement.tabular ? { fontFeatureSettings: TABULAR } : {} }, placement.text));
      cursor = placement.x + placement.width;
    });
    elements.push(
      h(
        Text,
        {
          key: `r${top}`,
          hyphenationCallback: noBreakCallback,
          style: {
            position: "absolute",
            left,
            top,
            width: width - left + SLACK * 4,
            lineHeight: `${TABLE_LINE_HEIGHT}pt`,
          },
        },
        ...runs,
      ),
    );
  }
  return elements;
}

/** Half-width (tabular) figures of Noto CJK: Noto Serif SC has no `tnum`, its `hwid` digits are all 0.5 em. */
const TABULAR = ["hwid"];

function chunkElement(chunk: TableChunk, width: number, key: string): ReactElement {
  const texts = cellTexts(chunk.cells, width);
  return h(
    View,
    { key, style: { position: "relative", width, height: chunk.height, fontSize: TABLE_SIZE } },
    ...ruleElements(chunk.cells, width, chunk.height),
    ...texts,
  );
}

/** Draws a chunk whose top is at `top`: its rules, then every line of cell text on its baseline. */
function drawChunk(pen: Pen, chunk: TableChunk, width: number, top: number): void {
  for (const rule of ruleRects(chunk.cells, width, chunk.height)) pen.rect(rule.left, top + rule.top, rule.width, rule.height);
  const ascent = pen.ascent("serif") * TABLE_SIZE;
  for (const placement of placements(chunk.cells)) {
    pen.text("serif", TABLE_SIZE, placement.text, placement.x, top + placement.top + ascent, 0, placement.tabular ? TABULAR : undefined);
  }
}

function table(block: TableBlock, context: BlockContext): Atom[] {
  const width = CONTENT_WIDTH;
  const layout = layoutTable(block, width, context.measurers.serif);
  const maxHeight = CONTENT_HEIGHT - RULE_WIDTH;
  const chunkAtoms = (chunks: readonly TableChunk[]): Atom[] =>
    chunks.map((chunk, index) => ({
      height: chunk.height + RULE_WIDTH,
      keepWithNext: false,
      breakBefore: index > 0,
      space: false,
      render: (key: string) => chunkElement(chunk, width, key),
      draw: (pen: Pen, top: number) => drawChunk(pen, chunk, width, top),
      flowHeight: chunk.height,
    }));
  const whole = chunkTable(layout, maxHeight);
  const atoms: Atom[] = [space(LINE_PITCH * 0.25)];
  if (whole.length === 1) atoms.push(...chunkAtoms(whole));
  else {
    // Taller than a page: cut where the table starts, so that its first part fills that page.
    atoms.push({
      ...chunkAtoms(whole)[0]!,
      expand: (room) => chunkAtoms(chunkTable(layout, maxHeight, Math.max(0, room - RULE_WIDTH))),
    });
  }
  atoms.push(space(LINE_PITCH * 0.5));
  return atoms;
}

export const defaultHandlers: BlockHandlers = { title, heading, paragraph, table, signature };

/** Cuts atoms into pages of the text block's height. */
export function paginate(atoms: readonly Atom[], height: number = CONTENT_HEIGHT): Atom[][] {
  const pages: Atom[][] = [];
  let page: Atom[] = [];
  let used = 0;
  const epsilon = 0.01;
  const newPage = () => {
    // Trailing white space of a page is not drawn.
    while (page.length > 0 && page[page.length - 1]!.space) page.pop();
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  const queue = [...atoms];
  for (let index = 0; index < queue.length; index++) {
    let atom = queue[index]!;
    if (atom.expand !== undefined) {
      // Start a table that needs several pages where it is, unless hardly anything would fit.
      const room = height - used;
      const minimum = Math.min(atom.height, LINE_PITCH * 4);
      if (page.length > 0 && room < minimum) newPage();
      const expanded = atom.expand(height - used);
      queue.splice(index, 1, ...expanded);
      atom = queue[index]!;
    }
    if (atom.breakBefore && page.length > 0) newPage();
    if (atom.space && page.length === 0) continue;
    // The height this atom needs on the page: itself and what it must be kept with.
    let need = atom.height;
    let chain = atom;
    // White space between kept atoms is transparent: a heading stays with the table after its spacer.
    for (let next = index + 1; (chain.keepWithNext || chain.space) && next < queue.length; next++) {
      chain = queue[next]!;
      if (chain.breakBefore) break;
      // A table that will be cut where it starts only needs its first rows here.
      need += chain.expand !== undefined ? Math.min(chain.height, LINE_PITCH * 4) : chain.height;
    }
    const fitsAlone = atom.height <= height - used + epsilon;
    const fitsWithChain = need <= height - used + epsilon;
    // A chain taller than a whole page cannot be kept together: then the atom only needs to fit.
    if (page.length > 0 && (!fitsAlone || (!fitsWithChain && need <= height + epsilon))) newPage();
    if (atom.space && page.length === 0) continue;
    page.push(atom);
    used += atom.height;
  }
  newPage();
  return pages;
}

export interface DocumentOptions {
  readonly creationDate: Date;
  readonly handlers?: Partial<BlockHandlers>;
  readonly creator: string;
  readonly producer: string;
  /** The loaded fonts: atoms that can draw themselves are drawn on a Canvas with them. */
  readonly fonts?: LoadedFonts;
}

/** The atoms of the whole report, in order. */
export function reportAtoms(model: RenderModel, measurers: Measurers, handlers: BlockHandlers = defaultHandlers): Atom[] {
  const atoms: Atom[] = [];
  model.blocks.forEach((block, index) => {
    const context: BlockContext = { measurers, next: model.blocks[index + 1] ?? null };
    switch (block.kind) {
      case "title":
        atoms.push(...handlers.title(block, context));
        break;
      case "heading":
        atoms.push(...handlers.heading(block, context));
        break;
      case "paragraph":
        atoms.push(...handlers.paragraph(block, context));
        break;
      case "table":
        atoms.push(...handlers.table(block, context));
        break;
      case "signature":
        atoms.push(...handlers.signature(block, context));
        break;
    }
  });
  return atoms;
}

function pageNumber(page: number): ReactElement {
  // GB/T 9704: right on odd pages, left on even pages, one character in from the text block.
  return h(
    Text,
    { key: "page-number", hyphenationCallback: noBreakCallback, style: { ...styles.pageNumber, textAlign: page % 2 === 1 ? "right" : "left" } },
    `— ${page} —`,
  );
}

/** The whole document element. */
export function reportDocument(model: RenderModel, measurers: Measurers, options: DocumentOptions): ReactElement {
  const handlers: BlockHandlers = { ...defaultHandlers, ...options.handlers };
  const pages = paginate(reportAtoms(model, measurers, handlers));
  const { meta } = model;
  const pageElements: ReactNode[] = pages.map((atoms, pageIndex) =>
    h(
      Page,
      { key: `p${pageIndex}`, size: "A4", style: styles.page, wrap: false },
      // A page that does not wrap is as tall as its content: the text block has the fixed height
      // of the 版心, so every page is A4.
      h(View, { key: "block", style: { height: CONTENT_HEIGHT, width: CONTENT_WIDTH } }, ...pageContent(atoms, options.fonts)),
      pageNumber(pageIndex + 1),
    ),
  );
  return h(
    Document,
    {
      title: meta.title,
      author: meta.author,
      subject: meta.subject,
      language: meta.lang,
      creator: options.creator,
      producer: options.producer,
      keywords: `${meta.agency} ${meta.reportYear} ${meta.formatDocNo}`,
      // Never the clock (react-pdf's default): the same report gives the same bytes.
      creationDate: options.creationDate,
      modificationDate: options.creationDate,
    },
    ...pageElements,
  );
}
