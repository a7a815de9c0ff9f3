/**
 * In a real browser: Debian's Chromium (/usr/bin/chromium, installed by scripts/ensure-chromium.sh
 * where missing) driven by playwright-core. For the page of every report and the fragment of the
 * example: the cell grid as laid out equals the model's grid, axe-core finds no violation, no
 * network request is attempted; the example's screenshots go to .artifacts/ for a human to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildRenderModel, cellsOf, type TableBlock } from "@xxgk/render-model";
import axe from "axe-core";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_LAUNCH_ARGS, CHROMIUM_PATH, exampleReport, fixtureReports } from "@xxgk/testing/node";
import { renderHtml, renderHtmlFragment } from "../src/index.js";

const artifactsDir = fileURLToPath(new URL("../.artifacts/", import.meta.url));
const ensureScript = fileURLToPath(new URL("../../../scripts/ensure-chromium.sh", import.meta.url));

let context: BrowserContext;
let userDataDir: string;
const attempted: string[] = [];

beforeAll(async () => {
  execFileSync("bash", [ensureScript], { stdio: "inherit" });
  userDataDir = mkdtempSync(join(tmpdir(), "xxgk-chromium-"));
  // launchPersistentContext passes the fresh --user-data-dir itself.
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_LAUNCH_ARGS],
    viewport: { width: 1000, height: 1200 },
    deviceScaleFactor: 1,
    offline: true,
  });
  // Block every request and remember that it was attempted.
  await context.route("**/*", async (route) => {
    attempted.push(route.request().url());
    await route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    if (!attempted.includes(request.url())) attempted.push(request.url());
  });
  mkdirSync(artifactsDir, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
});

interface LaidOutCell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  tag: string;
  scope: string | null;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** In the page: each table's cells with their grid position (from the DOM's spans) and their box. */
async function laidOutTables(page: Page): Promise<Record<string, LaidOutCell[]>> {
  return page.evaluate(() => {
    const out: Record<string, LaidOutCell[]> = {};
    for (const table of Array.from(document.querySelectorAll("table"))) {
      const occupied: boolean[][] = [];
      const cells: LaidOutCell[] = [];
      Array.from(table.rows).forEach((tr, rowIndex) => {
        occupied[rowIndex] ??= [];
        let col = 0;
        for (const cell of Array.from(tr.cells)) {
          while (occupied[rowIndex]![col] === true) col++;
          for (let r = rowIndex; r < rowIndex + cell.rowSpan; r++) {
            occupied[r] ??= [];
            for (let c = col; c < col + cell.colSpan; c++) occupied[r]![c] = true;
          }
          const box = cell.getBoundingClientRect();
          const hidden = Array.from(cell.querySelectorAll(".xxgk-sr-only")).map((node) => node.textContent ?? "").join("");
          const text = (cell.textContent ?? "").slice(0, (cell.textContent ?? "").length - hidden.length);
          cells.push({
            row: rowIndex,
            col,
            rowspan: cell.rowSpan,
            colspan: cell.colSpan,
            tag: cell.tagName.toLowerCase(),
            scope: cell.getAttribute("scope"),
            text,
            left: box.left,
            top: box.top,
            right: box.right,
            bottom: box.bottom,
          });
          col += cell.colSpan;
        }
      });
      out[table.dataset["table"] ?? ""] = cells;
    }
    return out;
  });
}

function expectGridMatchesModel(laidOut: Record<string, LaidOutCell[]>, tables: readonly TableBlock[]): void {
  expect(Object.keys(laidOut)).toEqual(tables.map((table) => table.id));
  for (const table of tables) {
    const cells = laidOut[table.id]!;
    expect(cells.map(({ row, col, rowspan, colspan, tag, scope, text }) => ({ row, col, rowspan, colspan, tag, scope, text }))).toEqual(
      cellsOf(table).map((cell) => {
        const isHeader = cell.kind === "header" || cell.kind === "rowHeader";
        return {
          row: cell.row,
          col: cell.col,
          rowspan: cell.rowspan,
          colspan: cell.colspan,
          tag: isHeader ? "th" : "td",
          scope: isHeader ? cell.scope : null,
          text: cell.kind === "blank" ? "" : cell.text,
        };
      }),
    );
    // Geometry: a cell's left/top edges are those of its grid column/row, its right/bottom edges
    // those of the column/row after its span (cells sharing an edge in the grid share it on screen).
    const lefts = new Map<number, number>();
    const tops = new Map<number, number>();
    for (const cell of cells) {
      lefts.set(cell.col, Math.min(lefts.get(cell.col) ?? Infinity, cell.left));
      tops.set(cell.row, Math.min(tops.get(cell.row) ?? Infinity, cell.top));
    }
    for (const cell of cells) {
      expect(Math.abs(cell.left - lefts.get(cell.col)!), `${table.id} ${cell.text} left`).toBeLessThan(1.5);
      expect(Math.abs(cell.top - tops.get(cell.row)!), `${table.id} ${cell.text} top`).toBeLessThan(1.5);
      const nextLeft = lefts.get(cell.col + cell.colspan);
      if (nextLeft !== undefined) expect(Math.abs(cell.right - nextLeft), `${table.id} ${cell.text} right`).toBeLessThan(1.5);
      const nextTop = tops.get(cell.row + cell.rowspan);
      if (nextTop !== undefined) expect(Math.abs(cell.bottom - nextTop), `${table.id} ${cell.text} bottom`).toBeLessThan(1.5);
    }
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await runner.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => ({ target: node.target })) }));
  });
  return violations.map((violation) => `${violation.id} (${violation.impact ?? "?"}): ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`);
}

async function openPage(html: string): Promise<Page> {
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

it("axe-core runs and does report violations (sanity check)", async () => {
  const page = await openPage('<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><main><button></button></main></body></html>');
  try {
    expect((await axeViolations(page)).join("\n")).toMatch(/button-name/);
  } finally {
    await page.close();
  }
});

describe.each([exampleReport(), ...fixtureReports()])("in Chromium: page of $name", ({ name, report }) => {
  it("lays out the model's grid, passes axe-core and requests nothing", async () => {
    const before = attempted.length;
    const page = await openPage(renderHtml(report));
    try {
      const tables = buildRenderModel(report).blocks.filter((block): block is TableBlock => block.kind === "table");
      expectGridMatchesModel(await laidOutTables(page), tables);
      expect(await axeViolations(page)).toEqual([]);
      expect(attempted.slice(before)).toEqual([]);
      if (name === exampleReport().name) {
        await page.screenshot({ path: join(artifactsDir, `${name}.page.png`), fullPage: true });
        await page.emulateMedia({ media: "print" });
        await page.screenshot({ path: join(artifactsDir, `${name}.print.png`), fullPage: true });
        await page.pdf({ path: join(artifactsDir, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
      }
    } finally {
      await page.close();
    }
  });
});

describe("in Chromium: the example", () => {
  const { name, report } = exampleReport();

  it("the fragment inside a host page: grid, axe-core, no request, styles scoped", async () => {
    const before = attempted.length;
    const host = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CMS</title></head><body><main><p class="host">host text</p>${renderHtmlFragment(report)}</main></body></html>`;
    const page = await openPage(host);
    try {
      const tables = buildRenderModel(report).blocks.filter((block): block is TableBlock => block.kind === "table");
      expectGridMatchesModel(await laidOutTables(page), tables);
      expect(await axeViolations(page)).toEqual([]);
      expect(attempted.slice(before)).toEqual([]);
      // The host's own elements keep the browser defaults: no global CSS leaked.
      const host = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const p = getComputedStyle(document.querySelector("p.host")!);
        return { bodyMargin: body.margin, pIndent: p.textIndent, pFont: p.fontFamily };
      });
      expect(host.bodyMargin).toBe("8px");
      expect(host.pIndent).toBe("0px");
      await page.screenshot({ path: join(artifactsDir, `${name}.fragment.png`), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("numbers are right-aligned tabular figures, blank cells look empty, the vertical label reads in order", async () => {
    const blankReport = structuredClone(report);
    const applications = blankReport.tables["applications"]!;
    applications["granted"] = { ...applications["granted"], naturalPerson: null };
    const page = await openPage(renderHtml(blankReport));
    try {
      const facts = await page.evaluate(() => {
        const number = document.querySelector("td.xxgk-num")!;
        const blank = document.querySelector("td.xxgk-blank")!;
        const hidden = blank.querySelector(".xxgk-sr-only")!;
        const vertical = document.querySelector(".xxgk-vertical-text")!;
        const verticalBox = vertical.getBoundingClientRect();
        const title = document.querySelector(".xxgk-title")!;
        return {
          numberAlign: getComputedStyle(number).textAlign,
          numberVariant: getComputedStyle(number).fontVariantNumeric,
          blankVisibleWidth: hidden.getBoundingClientRect().width,
          blankHiddenText: hidden.textContent,
          verticalMode: getComputedStyle(vertical).writingMode,
          verticalText: vertical.textContent,
          verticalTaller: verticalBox.height > verticalBox.width * 3,
          titleAlign: getComputedStyle(title).textAlign,
        };
      });
      expect(facts.numberAlign).toBe("right");
      expect(facts.numberVariant).toContain("tabular-nums");
      expect(facts.blankVisibleWidth).toBeLessThanOrEqual(1);
      expect(facts.blankHiddenText).not.toBe("");
      expect(facts.verticalMode).toBe("vertical-rl");
      expect(facts.verticalText).toBe(
        buildRenderModel(report).blocks.flatMap((block) => (block.kind === "table" ? cellsOf(block) : [])).find((cell) => cell.vertical)!.text,
      );
      expect(facts.verticalTaller).toBe(true);
      expect(facts.titleAlign).toBe("center");
      // The accessibility tree reads the blank cell and the vertical label as text.
      const snapshot = await page.locator("table.xxgk-table-applications").ariaSnapshot();
      expect(snapshot).toContain(facts.verticalText!);
      expect(snapshot).toContain(facts.blankHiddenText!);
    } finally {
      await page.close();
    }
  });

  it("prints on A4", async () => {
    const page = await openPage(renderHtml(report));
    try {
      const pdf = await page.pdf({ preferCSSPageSize: true });
      const text = pdf.toString("latin1");
      // A4 is 595.28 × 841.89 pt (Chromium rounds to whole CSS pixels: 594.96 × 841.92).
      const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Number(match[1]), Number(match[2])]);
      expect(boxes.length).toBeGreaterThan(1);
      for (const [width, height] of boxes) {
        expect(Math.abs(width! - 595.28)).toBeLessThan(1);
        expect(Math.abs(height! - 841.89)).toBeLessThan(1);
      }
    } finally {
      await page.close();
    }
  });
});
