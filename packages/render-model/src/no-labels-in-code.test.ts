/**
 * Every label comes from @xxgk/schema: the model's code holds no Chinese text except the data
 * date glue 年/月/日 of format.ts (short labels and the title convention are edition data).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const srcDir = import.meta.dirname;
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const allowed: { readonly [file: string]: readonly string[] } = { "format.ts": ["年", "月", "日"] };

function codeOf(text: string): string {
  // Comments describe the data in Chinese; only code counts.
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("no labels in code", () => {
  it("has Chinese only in data modules", () => {
    const files = readdirSync(srcDir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const chars = [...codeOf(readFileSync(join(srcDir, file), "utf8"))].filter((char) => CJK.test(char));
      expect({ file, chars: [...new Set(chars)].filter((char) => !(allowed[file] ?? []).includes(char)) }).toEqual({ file, chars: [] });
    }
  });
});
