/**
 * The benchmark harness of the packages' `pnpm bench`: a measurement on one core (warm-up, then a
 * timed loop of batches until a minimum time has passed), the markdown table the benches print, and
 * the line that says whether a target was met.
 */

export interface Measurement {
  readonly name: string;
  /** Runs per second, rounded. */
  readonly perSecond: number;
  /** Microseconds per run, to a tenth. */
  readonly microseconds: number;
}

export interface MeasureOptions {
  /** Runs before the clock starts (default 500). */
  readonly warmUp?: number;
  /** Runs between two looks at the clock (default 100). */
  readonly batch?: number;
  /** How long the timed loop runs at least (default 1,500 ms). */
  readonly minimumMs?: number;
}

/** Times `run(index)` (index counts up from 0) and gives runs per second and µs per run. */
export function measure(name: string, run: (index: number) => void, options: MeasureOptions = {}): Measurement {
  const { warmUp = 500, batch = 100, minimumMs = 1500 } = options;
  for (let index = 0; index < warmUp; index++) run(index);
  const started = process.hrtime.bigint();
  let runs = 0;
  let ms = 0;
  do {
    for (const end = runs + batch; runs < end; runs++) run(runs);
    ms = Number(process.hrtime.bigint() - started) / 1e6;
  } while (ms < minimumMs);
  return { name, perSecond: Math.round((runs * 1000) / ms), microseconds: Math.round((ms * 10_000) / runs) / 10 };
}

export interface BenchTarget {
  /** What the target is about, e.g. `renderText`. */
  readonly label: string;
  /** The measurement held against it. */
  readonly measurement: Measurement;
  /** Reports per second it must reach. */
  readonly perSecond: number;
}

/**
 * The printed result: a title line, the table (what | reports/s | µs/report), and the target line
 * (`target: renderText ≥ 5,000 reports/s — met`) when there is a target. Ends with a newline.
 */
export function benchTable(title: string, measurements: readonly Measurement[], target?: BenchTarget): string {
  const lines = [title, "", "| what | reports/s | µs/report |", "| --- | ---: | ---: |"];
  for (const { name, perSecond, microseconds } of measurements) lines.push(`| ${name} | ${perSecond.toLocaleString("en-US")} | ${microseconds} |`);
  lines.push("");
  if (target !== undefined) {
    const met = target.measurement.perSecond >= target.perSecond;
    lines.push(`target: ${target.label} ≥ ${target.perSecond.toLocaleString("en-US")} reports/s — ${met ? "met" : "NOT met"}`, "");
  }
  return lines.join("\n");
}

export interface MedianOptions {
  /** Runs before the first measurement (default 5). */
  readonly warmUp?: number;
  /** Measurements whose median is taken (default 5). */
  readonly repeats?: number;
  /** How long each measurement runs at least. */
  readonly minimumMs: number;
}

/**
 * For slow, asynchronous work (a PDF import): `repeats` measurements of runs per second, each at
 * least `minimumMs` long, and their median (the machine may be shared).
 */
export async function measureMedian(run: (index: number) => Promise<unknown>, options: MedianOptions): Promise<{ median: number; rates: number[] }> {
  const { warmUp = 5, repeats = 5, minimumMs } = options;
  for (let index = 0; index < warmUp; index++) await run(index);
  const rates: number[] = [];
  for (let repeat = 0; repeat < repeats; repeat++) {
    let runs = 0;
    const started = performance.now();
    while (performance.now() - started < minimumMs) await run(runs++);
    rates.push((runs / (performance.now() - started)) * 1000);
  }
  rates.sort((a, b) => a - b);
  return { median: rates[Math.floor(repeats / 2)]!, rates };
}
