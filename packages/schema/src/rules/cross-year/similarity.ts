/**
 * Text similarity for the narrative cross-year rules: texts are compared after removing white
 * space, punctuation, years and numbers, with the Dice coefficient of character bigrams.
 */
import { compact } from "../../text/narrative.js";

/** The text without white space, punctuation, symbols, numbers and years written in Chinese digits. */
export function normaliseForComparison(text: string): string {
  return compact(text)
    .replace(/[〇零一二三四五六七八九]{4}年/g, "年")
    .replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?/g, "")
    .replace(/[\p{P}\p{S}]/gu, "");
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...text];
  for (let index = 0; index + 1 < chars.length; index++) {
    const bigram = `${chars[index] ?? ""}${chars[index + 1] ?? ""}`;
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of the character bigrams of two (already normalised) texts, 0…1. */
export function bigramDice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  let sizeLeft = 0;
  let sizeRight = 0;
  let shared = 0;
  for (const count of left.values()) sizeLeft += count;
  for (const [bigram, count] of right) {
    sizeRight += count;
    shared += Math.min(count, left.get(bigram) ?? 0);
  }
  if (sizeLeft + sizeRight === 0) return a === b ? 1 : 0;
  return (2 * shared) / (sizeLeft + sizeRight);
}

/** Sentences of a text (split at 。；！？ and line breaks), normalised, dropping short ones. */
export function normalisedSentences(text: string, minLength: number): string[] {
  return text
    .split(/[。；;！!？?\n]/)
    .map(normaliseForComparison)
    .filter((sentence) => [...sentence].length >= minLength);
}

/** A ratio as a whole percentage, for messages. */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
