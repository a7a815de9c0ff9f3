/**
 * Per-report analysis shared by the rules of one `runRules` call: what several rules would
 * otherwise each compute again (the normalised narrative text, the table cells as one numbered
 * array, …) is computed once, on first use, and read by the others.
 *
 * The engine's rule context (a {@link CachingContext}) carries one slot per analysis; the engine
 * creates a context anew for every `runRules` call, so a cached analysis never outlives the call
 * that made it, and a report that a caller changes between two calls is analysed afresh. A rule
 * run on some other implementation of `RuleContext` gets its analyses cached per context object
 * instead. Nothing here is visible to callers.
 */
import type { RuleContext } from "./types.js";

/** A rule context with room for the per-report analyses: the engine's contexts extend it. */
export abstract class CachingContext {
  /** The analyses of {@link perReport}, by slot; `undefined` until first used. */
  readonly analyses: unknown[] = [];
}

/** Analyses of contexts that are not {@link CachingContext}s (rules run outside the engine). */
const otherContexts = new WeakMap<RuleContext, unknown[]>();

function analysesOf(context: RuleContext): unknown[] {
  if (context instanceof CachingContext) return context.analyses;
  let analyses = otherContexts.get(context);
  if (analyses === undefined) {
    analyses = [];
    otherContexts.set(context, analyses);
  }
  return analyses;
}

let slots = 0;

/** The slot of each {@link perReport} analysis, by its accessor. */
const slotOf = new WeakMap<(context: RuleContext) => unknown, number>();

/** `build(context)`, computed once per rule context (that is, once per report checked). */
export function perReport<T extends object | null>(build: (context: RuleContext) => T): (context: RuleContext) => T {
  const slot = slots++;
  const accessor = (context: RuleContext): T => {
    const analyses = analysesOf(context);
    let value = analyses[slot] as T | undefined;
    if (value === undefined) {
      value = build(context);
      analyses[slot] = value;
    }
    return value;
  };
  slotOf.set(accessor, slot);
  return accessor;
}

/** Gives a context the analysis of `accessor` ahead of time, when the caller already has it. */
export function provide<T extends object | null>(context: CachingContext, accessor: (context: RuleContext) => T, value: T): void {
  const slot = slotOf.get(accessor);
  if (slot === undefined) throw new Error("not a per-report analysis");
  context.analyses[slot] = value;
}

/**
 * `build(key)`, computed once per key object: for values derived from immutable edition data
 * (a table definition, an identity), built on first use and kept as long as the key lives.
 */
export function perDefinition<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
