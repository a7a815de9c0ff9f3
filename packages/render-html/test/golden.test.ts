/**
 * Goldens: the page and the fragment of the bundled example and of every fixture report.
 * `UPDATE_GOLDEN=1 pnpm test` rewrites them; review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { renderHtml, renderHtmlFragment } from "../src/index.js";

const goldenDir = fileURLToPath(new URL("./fixtures/golden/", import.meta.url));
const update = process.env["UPDATE_GOLDEN"] === "1";

describe.each([exampleReport(), ...fixtureReports()])("golden $name", ({ name, report }) => {
  it.each([
    ["page", () => renderHtml(report)],
    ["fragment", () => renderHtmlFragment(report)],
  ] as const)("%s", (format, render) => {
    const file = `${goldenDir}${name}.${format}.html`;
    const html = render();
    if (update || !existsSync(file)) {
      if (!update && process.env["CI"]) throw new Error(`golden ${file} is missing (run UPDATE_GOLDEN=1)`);
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, html);
    }
    expect(html).toBe(readFileSync(file, "utf8"));
  });

  it("is deterministic: the same report gives the same bytes", () => {
    expect(renderHtml(structuredClone(report))).toBe(renderHtml(report));
    expect(renderHtmlFragment(structuredClone(report))).toBe(renderHtmlFragment(report));
  });
});
