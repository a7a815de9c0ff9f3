/**
 * Per-report analysis shared by the rules of one `runRules` call: what several rules would
 * otherwise each compute again (the normalised narrative text, the counts of the tables as a flat
 * array, …) is computed once, on first use, and read by the others.
 *
 * The caches are keyed by the rule context, which the engine creates anew for every `runRules`
 * call; so a cached analysis never outlives the call that made it, and a report that a caller
 * changes between two calls is analysed afresh. Nothing here is visible to callers.
 */
import type { RuleContext } from "./types.js";

/** `build(context)`, computed once per rule context (that is, once per report checked). */
export function perReport<T>(build: (context: RuleContext) => T): (context: RuleContext) => T {
  const cache = new WeakMap<RuleContext, { value: T }>();
  return (context) => {
    let entry = cache.get(context);
    if (entry === undefined) {
      entry = { value: build(context) };
      cache.set(context, entry);
    }
    return entry.value;
  };
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
