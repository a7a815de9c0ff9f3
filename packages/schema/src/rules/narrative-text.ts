/**
 * The narrative of the report being checked, read once for all the text rules: whether it has
 * any narrative, each part's paragraphs with their normalised text (white space removed,
 * full-width digits made ASCII …) and each part's whole text. Before, each text rule normalised
 * and joined the same paragraphs again. Cached per rule context (see ./report-cache.ts), that is
 * for one `runRules` call; the arrays are shared between rules, so they are read-only.
 */
import type { NarrativeSectionId, Report } from "../report/types.js";
import { COUNT_UNITS, countsInNormalized, type CountMention } from "../text/counts.js";
import { normalizedParagraphs, type NormalizedParagraph } from "../text/keywords.js";
import { hasNarrative, sectionText } from "../text/narrative.js";
import { perReport } from "./report-cache.js";

export class NarrativeText {
  private readonly paragraphsCache = new Map<NarrativeSectionId, readonly NormalizedParagraph[]>();
  private readonly textCache = new Map<NarrativeSectionId, string | undefined>();
  private hasNarrativeCache: boolean | undefined;
  /**
   * {@link extractCounts} results by list of measure words, then by text: several cross-section
   * rules read the counts of the same paragraphs (the 件 counts of part 一 serve three of them).
   */
  private readonly countsCache = new Map<readonly string[], Map<string, readonly CountMention[]>>();

  constructor(private readonly report: Report) {}

  /** {@link hasNarrative} of the report. */
  get hasNarrative(): boolean {
    return (this.hasNarrativeCache ??= hasNarrative(this.report));
  }

  /** {@link normalizedParagraphs} of a part. */
  paragraphs(sectionId: NarrativeSectionId): readonly NormalizedParagraph[] {
    let paragraphs = this.paragraphsCache.get(sectionId);
    if (paragraphs === undefined) {
      paragraphs = normalizedParagraphs(this.report, sectionId);
      this.paragraphsCache.set(sectionId, paragraphs);
    }
    return paragraphs;
  }

  /**
   * {@link extractCounts} of `text` with the measure words `units` (件 when absent). `text` is a
   * paragraph's `normalized` text, so it is not normalised again.
   */
  counts(text: string, units: readonly string[] = COUNT_UNITS): readonly CountMention[] {
    let byText = this.countsCache.get(units);
    if (byText === undefined) {
      byText = new Map();
      this.countsCache.set(units, byText);
    }
    let mentions = byText.get(text);
    if (mentions === undefined) {
      mentions = countsInNormalized(text, units);
      byText.set(text, mentions);
    }
    return mentions;
  }

  /** {@link sectionText} of a part. */
  text(sectionId: NarrativeSectionId): string | undefined {
    if (!this.textCache.has(sectionId)) this.textCache.set(sectionId, sectionText(this.report, sectionId));
    return this.textCache.get(sectionId);
  }
}

/** The narrative of `context.report`, shared by the rules of one run. */
export const narrativeText = perReport((context) => new NarrativeText(context.report));
