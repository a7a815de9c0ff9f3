/**
 * The output contracts: the page is a standalone document without external requests; the fragment
 * has no html/head/body, every class starts with `xxgk-`, and every CSS selector starts with
 * `.xxgk-report`.
 */
import { buildRenderModel } from "@xxgk/render-model";
import { describe, expect, it } from "vitest";
import { exampleReport, fixtureReports } from "@xxgk/testing/node";
import { CLASS_PREFIX, createHtmlRenderer, fragmentStylesheet, renderHtml, renderHtmlFragment, ROOT_CLASS } from "../src/index.js";
import { attr, classes, elements, parseDocument, parseHtmlFragment, textContent } from "./dom.js";

/** The selectors of a stylesheet, at-rule preludes (@media, @page) left out. */
function selectors(css: string): string[] {
  const out: string[] = [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const match of withoutComments.matchAll(/([^{}]+)\{/g)) {
    const prelude = match[1]!.trim();
    if (prelude.startsWith("@")) continue;
    out.push(...prelude.split(",").map((selector) => selector.trim()));
  }
  return out;
}

describe("the fragment", () => {
  const { report } = exampleReport();
  const html = renderHtmlFragment(report);
  const root = parseHtmlFragment(html);

  it("has no html, head or body and starts with its scoped style", () => {
    expect(html).not.toMatch(/<(html|head|body|!DOCTYPE)\b/i);
    const top = root.childNodes.filter((node) => "tagName" in node).map((node) => (node as { tagName: string }).tagName);
    expect(top).toEqual(["style", "article"]);
  });

  it("puts every class name under the prefix, with the root class on the article", () => {
    const all = elements(root);
    const names = new Set(all.flatMap(classes));
    expect([...names].filter((name) => !name.startsWith(CLASS_PREFIX))).toEqual([]);
    const article = all.find((element) => element.tagName === "article")!;
    expect(classes(article)).toEqual([ROOT_CLASS]);
    expect(attr(article, "lang")).toBe("zh-CN");
  });

  it("scopes every CSS selector under .xxgk-report (no global CSS)", () => {
    const css = textContent(elements(root).find((element) => element.tagName === "style")!);
    const list = selectors(css);
    expect(list.length).toBeGreaterThan(20);
    expect(list.filter((selector) => !(selector === `.${ROOT_CLASS}` || selector.startsWith(`.${ROOT_CLASS} `) || selector.startsWith(`.${ROOT_CLASS}*`)))).toEqual([]);
    expect(css).not.toMatch(/@import|@font-face|url\(/);
    expect(fragmentStylesheet().trim()).toBe(css.trim());
  });

  it("leaves the style out on request", () => {
    const bare = renderHtmlFragment(report, { styles: false });
    expect(bare).not.toContain("<style");
    expect(bare.trim().startsWith(`<article class="${ROOT_CLASS}"`)).toBe(true);
  });
});

describe("the page", () => {
  const { report } = exampleReport();
  const html = renderHtml(report);
  const all = elements(parseDocument(html));

  it("is a zh-CN document with a charset, a title and inline styles only", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(attr(all.find((element) => element.tagName === "html")!, "lang")).toBe("zh-CN");
    expect(all.some((element) => element.tagName === "meta" && attr(element, "charset") === "utf-8")).toBe(true);
    expect(textContent(all.find((element) => element.tagName === "title")!)).toBe(buildRenderModel(report).meta.title);
    expect(all.filter((element) => element.tagName === "style")).toHaveLength(1);
  });

  it("requests nothing: no script, link, img, iframe, URL attribute or CSS url()", () => {
    for (const element of all) {
      expect(["script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "base"]).not.toContain(element.tagName);
      for (const { name } of element.attrs) expect(["href", "src", "srcset", "poster", "action"]).not.toContain(name);
    }
    expect(html).not.toMatch(/url\(|@import|@font-face|https?:\/\//);
  });

  it("has A4 print rules", () => {
    expect(html).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(html).toMatch(/@media print/);
  });
});

describe("inputs", () => {
  it("a report and its render model give the same bytes", () => {
    for (const { report } of [exampleReport(), ...fixtureReports()]) {
      expect(renderHtml(buildRenderModel(report))).toBe(renderHtml(report));
      expect(renderHtmlFragment(buildRenderModel(report))).toBe(renderHtmlFragment(report));
    }
  });

  it("passes model options through (derived totals are marked)", () => {
    const { report } = exampleReport();
    const model = buildRenderModel(report, { deriveTotals: true });
    expect(renderHtml(report, { model: { deriveTotals: true } })).toBe(renderHtml(model));
  });

  it("refuses a render model of another version", () => {
    const model = { ...buildRenderModel(exampleReport().report), modelVersion: 999 };
    expect(() => renderHtml(model as unknown as ReturnType<typeof buildRenderModel>)).toThrow(/version/);
  });

  it("separate renderers give the same output and share nothing", () => {
    const { report } = exampleReport();
    expect(createHtmlRenderer().renderHtml(report)).toBe(renderHtml(report));
  });
});
