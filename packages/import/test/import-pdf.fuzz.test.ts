/**
 * Fuzzing @xxgk/import on PDF input: real PDFs (the published 淮安 2024 report, an encrypted and an
 * image-only one) with bytes flipped, runs of bytes overwritten, cut short or spliced together, and
 * arbitrary bytes behind a PDF header. `importReport` never rejects and never hangs; without a
 * report it says why in its notes.
 *
 * One input costs up to a few hundred milliseconds, so `pnpm test` runs a few dozen and
 * `pnpm fuzz` (FUZZ_RUNS=10000) the full count.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { assertFuzz, slowFuzzRuns } from "@xxgk/testing";
import { sharedCorpusDir } from "@xxgk/testing/node";
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const seeds: readonly Uint8Array[] = [
  new Uint8Array(readFileSync(join(sharedCorpusDir, "files", "huaian-shi-2024.pdf"))),
  fixture("encrypted.pdf"),
  fixture("image-only.pdf"),
];

const RUNS = slowFuzzRuns(40);

/** One kind of damage applied to a copy of a seed PDF. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("overwrite" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 512 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.nat(), other: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
);

const damagedPdf = fc.record({ seed: fc.nat(), damage }).map(({ seed, damage: change }): Uint8Array => {
  const source = seeds[seed % seeds.length]!;
  const bytes = new Uint8Array(source);
  switch (change.kind) {
    case "flip":
      for (const at of change.at) bytes[at % bytes.length] = change.byte;
      return bytes;
    case "overwrite":
      bytes.set(change.bytes.subarray(0, Math.max(0, bytes.length - (change.at % bytes.length))), change.at % bytes.length);
      return bytes;
    case "truncate":
      return bytes.subarray(0, change.at % bytes.length);
    case "splice": {
      const other = seeds[change.other % seeds.length]!;
      const from = change.from % other.length;
      const at = change.at % bytes.length;
      const out = new Uint8Array(at + Math.min(change.length, other.length - from) + (bytes.length - at));
      out.set(bytes.subarray(0, at), 0);
      out.set(other.subarray(from, from + change.length), at);
      out.set(bytes.subarray(at), at + Math.min(change.length, other.length - from));
      return out;
    }
  }
});

const garbage = fc.uint8Array({ maxLength: 4096 }).map((tail) => {
  const header = new TextEncoder().encode("%PDF-1.7\n");
  const out = new Uint8Array(header.length + tail.length);
  out.set(header, 0);
  out.set(tail, header.length);
  return out;
});

describe(`import of PDF files, ${RUNS} inputs`, { timeout: Math.max(60_000, RUNS * 2_000) }, () => {
  it("importReport never rejects on a damaged PDF, and explains a missing report with notes", async () => {
    let imported = 0;
    await assertFuzz(
      fc.asyncProperty(fc.oneof({ arbitrary: damagedPdf, weight: 4 }, { arbitrary: garbage, weight: 1 }), async (bytes) => {
        const result = await importReport({ bytes, kind: "pdf" }, { validate: false });
        if (result.report === undefined) expect(result.notes.length).toBeGreaterThan(0);
        else imported++;
      }),
      RUNS,
    );
    // The damage is not all fatal: some inputs get through to the table reading, which is fuzzed too.
    expect(imported).toBeGreaterThan(0);
  });
});
