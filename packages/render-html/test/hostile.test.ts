/**
 * A hostile report renders inert: every string of the report reaches the output escaped. The
 * output is parsed with parse5 (as a browser would) and checked for script elements, event
 * handler attributes, URL attributes and javascript: URLs; the hostile text must come back
 * unchanged as text. A property test does the same for arbitrary strings.
 */
import { buildRenderModel } from "@xxgk/render-model";
import type { Report } from "@xxgk/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleReport } from "@xxgk/testing/node";
import { renderHtml, renderHtmlFragment } from "../src/index.js";
import { attr, classes, elements, parseDocument, parseHtmlFragment, textContent, visibleText, type DomElement, type DomRoot } from "./dom.js";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(2)' x='",
  "javascript:alert(3)",
  "</style><script>alert(4)</script><style>",
  "</p></article></main></body><script>alert(5)</script>",
  "{{constructor.constructor('alert(6)')()}}",
  "{{{raw}}} {{> partial}} {{#each x}}{{/each}}",
  "line\u2028separator\u2029paragraph",
  "<!-- comment --> <![CDATA[ x ]]> &amp; &lt;b&gt; &#x3C;",
  "<a href=\"javascript:alert(7)\">link</a><iframe src=//evil.example></iframe>",
  "<svg onload=alert(8)><math><style><img src=x onerror=alert(9)>",
  "`${alert(10)}` = == ===",
];

function hostileReport(): Report {
  const base = exampleReport().report;
  const narrative = {
    paragraphs: HOSTILE,
    subsections: [
      { heading: HOSTILE[0]!, paragraphs: [HOSTILE[1]!, HOSTILE[2]!] },
      { heading: HOSTILE[4]!, inline: true, paragraphs: [HOSTILE[6]!] },
    ],
  };
  return {
    ...base,
    agency: HOSTILE.join(""),
    title: `${HOSTILE[4]!}${HOSTILE[0]!}`,
    preamble: [HOSTILE[5]!, HOSTILE[8]!],
    narrative: { overview: narrative, problemsAndImprovements: narrative, otherMatters: narrative },
    signature: { organ: HOSTILE[1]! + HOSTILE[3]!, date: "2021-01-29" },
    tables: {
      ...base.tables,
      // Not valid for the schema, but a renderer must stay inert even on unvalidated input.
      applications: { ...base.tables["applications"], newReceived: { naturalPerson: HOSTILE[1]!, total: HOSTILE[0]! } },
    },
  };
}

const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "background"]);

function assertInert(root: DomRoot): void {
  const all = elements(root);
  const tags = new Set(all.map((element) => element.tagName));
  for (const forbidden of ["script", "img", "iframe", "svg", "math", "a", "object", "embed", "link", "base", "form", "input"]) {
    expect(tags.has(forbidden), `<${forbidden}> in the output`).toBe(false);
  }
  for (const element of all) {
    for (const { name, value } of element.attrs) {
      expect(name.startsWith("on"), `${name}= on <${element.tagName}>`).toBe(false);
      expect(URL_ATTRIBUTES.has(name), `${name}= on <${element.tagName}>`).toBe(false);
      expect(/^\s*javascript:/i.test(value), `javascript: URL in ${name}`).toBe(false);
    }
  }
  // Exactly one style element, and it holds only our own CSS.
  const styles = all.filter((element) => element.tagName === "style");
  expect(styles).toHaveLength(1);
  expect(textContent(styles[0]!)).not.toMatch(/alert|script|onerror/);
}

function byClass(root: DomRoot, name: string): DomElement[] {
  return elements(root).filter((element) => classes(element).includes(name));
}

describe("a hostile report", () => {
  const report = hostileReport();
  const model = buildRenderModel(report);

  it.each([
    ["page", () => parseDocument(renderHtml(report))],
    ["fragment", () => parseHtmlFragment(renderHtmlFragment(report))],
  ] as const)("renders inert (%s) and its text round-trips", (_format, parse) => {
    const root = parse();
    assertInert(root);
    expect(textContent(byClass(root, "xxgk-title")[0]!)).toBe(model.meta.title);
    const paragraphs = byClass(root, "xxgk-paragraph").map(textContent);
    for (const text of HOSTILE) expect(paragraphs).toContain(text);
    const runIn = byClass(root, "xxgk-run-in").map(textContent);
    expect(runIn).toContain(HOSTILE[4]);
    expect(byClass(root, "xxgk-subheading").map(textContent)).toContain(HOSTILE[0]);
    expect(textContent(byClass(root, "xxgk-signature-organ")[0]!)).toBe(HOSTILE[1]! + HOSTILE[3]!);
    const cells = elements(root).filter((element) => element.tagName === "td").map(visibleText);
    expect(cells).toContain(HOSTILE[0]);
    expect(cells).toContain(HOSTILE[1]);
  });

  it("page metadata round-trips too", () => {
    const root = parseDocument(renderHtml(report));
    const title = elements(root).find((element) => element.tagName === "title")!;
    expect(textContent(title)).toBe(model.meta.title);
    const author = elements(root).find((element) => element.tagName === "meta" && attr(element, "name") === "author")!;
    expect(attr(author, "content")).toBe(report.agency);
  });

  it("U+2028/U+2029 are written as character references, never raw", () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html).toContain("&#x2028;");
  });
});

describe("arbitrary strings (property)", () => {
  // The HTML parser normalises CR to LF and drops NUL in text, so those cannot round-trip as text.
  const text = fc.string({ unit: "binary", maxLength: 40 }).map((value) => value.replace(/[\0\r]/g, ""));

  it("render inert and round-trip, in the page and the fragment", () => {
    fc.assert(
      fc.property(text, text, text, (agency, paragraph, heading) => {
        const base = exampleReport().report;
        const report: Report = {
          ...base,
          agency,
          narrative: { overview: { paragraphs: [paragraph], subsections: [{ heading, paragraphs: [paragraph] }] } },
        };
        const model = buildRenderModel(report);
        for (const root of [parseDocument(renderHtml(report)), parseHtmlFragment(renderHtmlFragment(report))]) {
          assertInert(root);
          expect(textContent(byClass(root, "xxgk-title")[0]!)).toBe(model.meta.title);
          expect(byClass(root, "xxgk-paragraph").map(textContent)).toContain(paragraph);
          expect(byClass(root, "xxgk-subheading").map(textContent)).toContain(heading);
        }
      }),
      { numRuns: 150 },
    );
  });
});
