import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { Font } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { sharedCorpusDir as corpusDir, fixtureReportsDir, examplePath } from "@xxgk/testing/node";
import { FONT_FACES, FONT_FAMILIES, fontPath, loadFonts, registerFonts, type FontRole } from "./fonts.js";

/** Every printable character of the shared corpus (published reports as text) and the JSON reports. */
function corpusCharacters(): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(corpusDir).filter((name) => name.endsWith(".txt"))) texts.push(readFileSync(join(corpusDir, file), "utf8"));
  for (const file of readdirSync(fixtureReportsDir).filter((name) => name.endsWith(".json"))) {
    texts.push(JSON.stringify(JSON.parse(readFileSync(join(fixtureReportsDir, file), "utf8"))));
  }
  texts.push(JSON.stringify(JSON.parse(readFileSync(examplePath, "utf8"))));
  // What render-pdf adds itself: page numbers "— N —" and the gap character of table rows.
  texts.push("— 0123456789 —\u3000");
  const characters = new Set<string>();
  for (const text of texts) for (const char of text) if (!/\s/u.test(char) || char === "\u3000") characters.add(char);
  return [...characters].sort();
}

describe("fonts", () => {
  const characters = corpusCharacters();

  it("reads a real corpus", () => {
    expect(characters.length).toBeGreaterThan(800);
  });

  for (const role of Object.keys(FONT_FACES) as FontRole[]) {
    it(`${FONT_FACES[role].family} (${FONT_FACES[role].packageName}) is a TrueType file covering every character of the corpus`, () => {
      const path = fontPath(role);
      expect(path.endsWith(".ttf")).toBe(true);
      const font = fontkit.openSync(path) as unknown as { hasGlyphForCodePoint(code: number): boolean; postscriptName: string };
      const missing = characters.filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
      expect(missing.join("")).toBe("");
    });
  }

  it("registers namespaced families once, idempotently, and nothing else", async () => {
    const before = Font.getRegisteredFontFamilies();
    registerFonts();
    registerFonts();
    await loadFonts();
    await loadFonts();
    const after = Font.getRegisteredFontFamilies();
    const added = after.filter((family) => !before.includes(family));
    for (const family of added) expect(family.startsWith("xxgk-")).toBe(true);
    for (const family of Object.values(FONT_FAMILIES)) {
      expect(after).toContain(family);
      const registered = Font.getRegisteredFonts()[family] as unknown as { sources: unknown[] };
      expect(registered.sources).toHaveLength(1);
    }
    // The default families of react-pdf are untouched, and no global hyphenation callback is set.
    expect(after).toContain("Helvetica");
    expect(Font.getHyphenationCallback()).toBeNull();
  });

  it("loads each file once: the same parsed fonts every time", async () => {
    const first = await loadFonts();
    const second = await loadFonts();
    expect(second).toBe(first);
    expect(second.serif).toBe(first.serif);
  });
});
