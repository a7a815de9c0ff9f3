/**
 * Every label comes from @xxgk/schema through the render model: the renderer's code holds no
 * Chinese text at all (the line-breaking mark tables are punctuation, not labels, and are
 * written as data in linebreak.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const srcDir = import.meta.dirname;
const IDEOGRAPH = /[\u3400-\u9fff]/u;

function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("no labels in code", () => {
  it("has no Chinese characters outside comments", () => {
    const files = readdirSync(srcDir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const chars = [...codeOf(readFileSync(join(srcDir, file), "utf8"))].filter((char) => IDEOGRAPH.test(char));
      expect({ file, chars }).toEqual({ file, chars: [] });
    }
  });
});
