import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusEntries } from "./node.js";

describe("the shared corpus", () => {
  it("reads every report without its annotations, with its text, by name", () => {
    const entries = corpusEntries();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name).sort());
    for (const entry of entries) {
      expect(entry.report).not.toHaveProperty("notes");
      expect(entry.report).not.toHaveProperty("violations");
      expect(entry.text.length).toBeGreaterThan(0);
    }
  });

  it("fails with a clear message when the folder is missing", () => {
    const missing = join(import.meta.dirname, "no-such-corpus");
    expect(() => corpusEntries(missing)).toThrow(`The shared corpus is missing: ${missing}.`);
  });
});
