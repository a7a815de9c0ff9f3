/**
 * A small seeded random number generator (mulberry32): the same seed gives the same reports on
 * every machine and every run.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A count skewed towards small values (most agencies get few applications), up to `max`. */
  skewed(max: number, power = 3): number {
    return Math.floor(Math.pow(this.next(), power) * (max + 1));
  }

  /** Splits `total` into `parts` non-negative integers with random weights. */
  split(total: number, weights: readonly number[]): number[] {
    const sum = weights.reduce((a, b) => a + b, 0);
    if (total === 0 || sum === 0) return weights.map(() => 0);
    const shares = weights.map((weight) => Math.floor((total * weight) / sum));
    let rest = total - shares.reduce((a, b) => a + b, 0);
    while (rest > 0) {
      const index = this.int(0, weights.length - 1);
      if ((weights[index] ?? 0) > 0) {
        shares[index] = (shares[index] ?? 0) + 1;
        rest--;
      }
    }
    return shares;
  }
}
