/**
 * How fuzz suites run their properties. `FUZZ_RUNS` sets the number of generated inputs per property:
 * 500 by default so that CI (`pnpm test`) runs the same properties quickly, 10,000 in each package's
 * `fuzz` script (`pnpm fuzz` runs them all). The fuzz suites sit beside what they fuzz
 * (`packages/<name>/test/*.fuzz.test.ts`, and this package's own `src/fuzz/schema.fuzz.test.ts`).
 */
import fc from "fast-check";

export const FUZZ_RUNS = ((): number => {
  const value = Number(process.env["FUZZ_RUNS"] ?? "");
  return Number.isInteger(value) && value > 0 ? value : 500;
})();

/** A fixed seed unless `FUZZ_SEED` is set: failures replay; fast-check prints the seed and path. */
export const FUZZ_SEED: number | undefined = process.env["FUZZ_SEED"] === undefined ? undefined : Number(process.env["FUZZ_SEED"]);

const CHUNK = 500;

/**
 * Runs `property` on FUZZ_RUNS inputs, in chunks of 500 with a pause between them: a property that
 * runs for minutes without yielding would starve the test runner's own messages. Each chunk has its
 * own seed (printed by fast-check on failure, with the path to replay it).
 */
export async function assertFuzz<T>(property: fc.IProperty<T> | fc.IAsyncProperty<T>, runs: number = FUZZ_RUNS): Promise<void> {
  const base = FUZZ_SEED ?? 20_260_101;
  for (let done = 0, chunk = 0; done < runs; done += CHUNK, chunk++) {
    await fc.assert(property, { numRuns: Math.min(CHUNK, runs - done), seed: base + chunk });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * The run count for a slow entry point (one input takes tens of milliseconds, as a PDF does):
 * FUZZ_RUNS when it is set (10,000 in the fuzz scripts), otherwise `ciRuns` for `pnpm test`.
 */
export function slowFuzzRuns(ciRuns: number): number {
  return process.env["FUZZ_RUNS"] === undefined ? ciRuns : FUZZ_RUNS;
}

/** Vitest's time limit for one property: generous, the full count runs for minutes. */
export const FUZZ_TIMEOUT = Math.max(60_000, FUZZ_RUNS * 60);
