/**
 * The templates as code: the committed precompiled module matches a fresh precompile (drift), every
 * template compiles with `strict` and `knownHelpersOnly`, and no template bypasses escaping.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { buildTemplatesModule, compileOptions, generatedFile, templateNames, templatesDir } from "../scripts/precompile.js";
import { precompiledWith, templateSpecs } from "../src/generated/templates.js";
import { helperNames } from "../src/helpers.js";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

describe("precompiled templates", () => {
  it("src/generated/templates.ts is up to date (run `pnpm precompile` after editing a .hbs file)", () => {
    expect(readFileSync(generatedFile, "utf8")).toBe(buildTemplatesModule());
  });

  it("were precompiled by the handlebars version the runtime is, ≥ 4.7.9", () => {
    expect(precompiledWith).toBe(Handlebars.VERSION);
    const [major, minor, patch] = Handlebars.VERSION.split(".").map(Number) as [number, number, number];
    expect(major * 1_000_000 + minor * 1_000 + patch).toBeGreaterThanOrEqual(4_007_009);
  });

  it("hold every .hbs file", () => {
    expect(Object.keys(templateSpecs).sort()).toEqual(templateNames());
  });

  it("are compiled with strict and knownHelpersOnly, listing exactly our helpers", () => {
    const options = compileOptions();
    expect(options.strict).toBe(true);
    expect(options.knownHelpersOnly).toBe(true);
    expect(Object.entries(options.knownHelpers ?? {}).filter(([, on]) => on).map(([name]) => name).sort()).toEqual([...helperNames].sort());
  });

  it("an unknown helper fails to compile under these options", () => {
    const handlebars = Handlebars.create();
    expect(() => handlebars.precompile("{{{unsafe x}}}", compileOptions())).toThrow();
    expect(() => handlebars.precompile("{{#with x}}{{/with}}", compileOptions())).toThrow();
  });
});

describe("template sources", () => {
  const sources = readdirSync(templatesDir)
    .filter((name) => name.endsWith(".hbs"))
    .map((name) => [name, readFileSync(templatesDir + name, "utf8")] as const);

  it.each(sources)("%s prints values only through escaping helpers", (_name, source) => {
    expect(source).not.toContain("{{{");
    expect(source).not.toMatch(/\{\{&/);
    for (const [expression] of source.matchAll(/\{\{[^}]*\}\}/g)) {
      expect(expression).toMatch(/^\{\{(#if |#each |\/if\}\}|\/each\}\}|else\}\}|> |esc |attr "|attrs |span ")/);
    }
  });

  it("the library never touches the default handlebars instance or compiles at run time", () => {
    const files = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter(
      (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.startsWith("generated"),
    );
    for (const file of files) {
      const source = readFileSync(srcDir + file, "utf8");
      expect(source, file).not.toMatch(/from "handlebars"/); // only "handlebars/runtime.js"
      expect(source, file).not.toMatch(/\.compile\(|\.precompile\(/);
      expect(source, file).not.toMatch(/console\.|process\./);
    }
    expect(readFileSync(srcDir + "render.ts", "utf8")).toMatch(/\.create\(\)/);
  });
});
