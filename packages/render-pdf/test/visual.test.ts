/**
 * Page 1 and the table pages of the bundled example, rasterised with pdftoppm (50 dpi, grayscale)
 * and compared with the committed reference images in test/fixtures/reference/ within a tolerance.
 * `UPDATE_GOLDEN=1 pnpm test` rewrites the references (look at them before committing). The
 * rendered pages are also written to .artifacts/ (git-ignored) for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../src/index.js";
import { pdfInfo, pdfText, rasterise } from "./poppler.js";
import { examplePath, readReport } from "@xxgk/testing/node";

const DPI = 50;
const referenceDir = resolve(import.meta.dirname, "fixtures/reference");
const artifactsDir = resolve(import.meta.dirname, "../.artifacts/pages");
const update = process.env.UPDATE_GOLDEN === "1";

/** Mean absolute difference (0–255) and the share of pixels that differ by more than 64. */
function compare(actual: PNG, expected: PNG): { mean: number; share: number } {
  let total = 0;
  let differing = 0;
  const pixels = actual.width * actual.height;
  for (let index = 0; index < pixels; index++) {
    const difference = Math.abs(actual.data[index * 4]! - expected.data[index * 4]!);
    total += difference;
    if (difference > 64) differing += 1;
  }
  return { mean: total / pixels, share: differing / pixels };
}

describe("rasterised pages of the bundled example", async () => {
  const bytes = await renderPdf(readReport(examplePath));
  const pageCount = Number(pdfInfo(bytes).Pages);
  const tablePages: number[] = [];
  for (let page = 1; page <= pageCount; page++) {
    const text = pdfText(bytes, { first: page, last: page });
    if (/信息内容|申请人情况|行政复议/u.test(text)) tablePages.push(page);
  }
  const pages = [1, ...tablePages];
  const images = rasterise(bytes, pages, DPI);
  mkdirSync(artifactsDir, { recursive: true });

  it("has table pages", () => {
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
  });

  for (const page of pages) {
    it(`page ${page} looks like the reference`, () => {
      const png = images.get(page)!;
      writeFileSync(join(artifactsDir, `example-page-${page}.png`), png);
      const referencePath = join(referenceDir, `example-page-${page}.png`);
      if (update || !existsSync(referencePath)) {
        if (!update) throw new Error(`no reference image ${referencePath}: run UPDATE_GOLDEN=1 pnpm test and look at it`);
        mkdirSync(referenceDir, { recursive: true });
        writeFileSync(referencePath, png);
      }
      const reference = readFileSync(referencePath);
      expect(reference.length).toBeLessThan(200 * 1024);
      const actual = PNG.sync.read(png);
      const expected = PNG.sync.read(reference);
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
      const { mean, share } = compare(actual, expected);
      expect(mean, `mean difference on page ${page}`).toBeLessThan(2);
      expect(share, `share of differing pixels on page ${page}`).toBeLessThan(0.01);
    });
  }
});
