import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape.js";
import { attribute, attributes, helperNames, text } from "./helpers.js";

describe("escapeHtml", () => {
  it("escapes the handlebars seven and the line/paragraph separators", () => {
    expect(escapeHtml(`&<>"'\`=\u2028\u2029`)).toBe("&amp;&lt;&gt;&quot;&#x27;&#x60;&#x3D;&#x2028;&#x2029;");
    expect(escapeHtml("淄博市张店区")).toBe("淄博市张店区");
  });
});

describe("helpers", () => {
  it("are attr, attrs and esc", () => {
    expect(helperNames).toEqual(["attr", "attrs", "esc"]);
  });

  it("attrs prints a list of pairs like attr, and checks every name", () => {
    expect(attributes([["class", "a<b"], ["scope", null], ["rowspan", 2]])).toBe(' class="a&lt;b" rowspan="2"');
    expect(() => attributes([["onload", "x"]])).toThrow(TypeError);
    expect(() => attributes([["class"]])).toThrow(TypeError);
    expect(() => attributes("class")).toThrow(TypeError);
  });

  it("attr escapes the value and leaves out empty ones", () => {
    expect(attribute("class", 'a" onclick="x')).toBe(' class="a&quot; onclick&#x3D;&quot;x"');
    expect(attribute("lang", null)).toBe("");
    expect(attribute("lang", "")).toBe("");
    expect(attribute("data-report-year", 2020)).toBe(' data-report-year="2020"');
  });

  it("attr refuses event handlers, URL and style attributes, odd names and objects", () => {
    for (const name of ["onclick", "onerror", "href", "src", "srcset", "style", "Class", "x y", 1, undefined]) expect(() => attribute(name, "v")).toThrow(TypeError);
    expect(() => attribute("class", { toString: () => "x" })).toThrow(TypeError);
  });

  it("esc escapes strings, prints numbers and throws on anything else", () => {
    expect(text("<b>")).toBe("&lt;b&gt;");
    expect(text(0)).toBe("0");
    expect(() => text(undefined)).toThrow(TypeError);
    expect(() => text(null)).toThrow(TypeError);
    expect(() => text(["a"])).toThrow(TypeError);
  });
});
