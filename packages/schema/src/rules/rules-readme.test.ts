import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rulesReadmeTable } from "./rules-readme.js";

describe("the README's rule table", () => {
  it("is the table generated from the catalogue and the registry", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = /<!-- rules-status:start -->\n([\s\S]*?)\n<!-- rules-status:end -->/.exec(readme)?.[1];
    // When this fails: run `pnpm --filter @xxgk/schema rules-table`.
    expect(section).toBe(rulesReadmeTable());
  });
});
