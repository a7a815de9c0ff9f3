/**
 * The narrative of the report being checked, read once for all the text rules: whether it has
 * any narrative, each part's paragraphs with their normalised text (white space removed,
 * full-width digits made ASCII …) and each part's whole text. Before, each text rule normalised
 * and joined the same paragraphs again. Cached per rule context (see ./report-cache.ts), that is
 * for one `runRules` call; the arrays are shared between rules, so they are read-only.
 */
import type { MessageText } from "../findings/types.js";
import type { NarrativeSectionId, Report } from "../report/types.js";
import { applicationCandidatesIn, type ApplicationCandidate } from "../text/applications.js";
import { COUNT_UNITS, countsInNormalized, type CountMention } from "../text/counts.js";
import { feeStatementInNormalized, type FeeStatement } from "../text/fees.js";
import { normalizeText } from "../text/numbers.js";
import { normalizedParagraphs, type NormalizedParagraph } from "../text/keywords.js";
import { hasNarrative } from "../text/narrative.js";
import { perReport } from "./report-cache.js";

/** Why a rule that reads part 一 is not checked on a report without it (shared: the engine only reads them). */
export const NO_OVERVIEW_TO_COMPARE: MessageText = { zh: "报告没有“一、总体情况”的文字，无法核对", en: "the report has no text of part 一; cannot compare" };
export const NO_OVERVIEW_TO_CHECK: MessageText = { zh: "报告没有“一、总体情况”的文字，无法核对", en: "the report has no text of part 一; cannot check" };
/** Why a rule that reads the narrative is not checked on a tables-only report. */
export const NO_NARRATIVE_TO_CHECK: MessageText = { zh: "报告没有叙述文字，无法核对", en: "the report has no narrative text; cannot check" };

export class NarrativeText {
  // Built on first use: a tables-only report needs none of them.
  private paragraphsCache: Partial<Record<NarrativeSectionId, readonly NormalizedParagraph[]>> | undefined;
  private textCache: Partial<Record<NarrativeSectionId, string | undefined>> | undefined;
  private hasNarrativeCache: boolean | undefined;
  /**
   * {@link extractCounts} results by list of measure words, then by text: several cross-section
   * rules read the counts of the same paragraphs (the 件 counts of part 一 serve three of them).
   */
  private countsCache: Map<readonly string[], Map<string, readonly CountMention[]>> | undefined;
  /** {@link applicationCandidatesIn} of a paragraph's counts (件), by paragraph text. */
  private applicationCandidatesCache: Map<string, readonly ApplicationCandidate[]> | undefined;
  private feeStatementCache: FeeStatement | undefined;

  constructor(private readonly report: Report) {}

  /** {@link hasNarrative} of the report. */
  get hasNarrative(): boolean {
    return (this.hasNarrativeCache ??= hasNarrative(this.report));
  }

  /** {@link normalizedParagraphs} of a part. */
  paragraphs(sectionId: NarrativeSectionId): readonly NormalizedParagraph[] {
    const cache = (this.paragraphsCache ??= {});
    return (cache[sectionId] ??= normalizedParagraphs(this.report, sectionId));
  }

  /**
   * {@link extractCounts} of `text` with the measure words `units` (件 when absent). `text` is a
   * paragraph's `normalized` text, so it is not normalised again.
   */
  counts(text: string, units: readonly string[] = COUNT_UNITS): readonly CountMention[] {
    const cache = (this.countsCache ??= new Map());
    let byText = cache.get(units);
    if (byText === undefined) {
      byText = new Map();
      cache.set(units, byText);
    }
    let mentions = byText.get(text);
    if (mentions === undefined) {
      mentions = countsInNormalized(text, units);
      byText.set(text, mentions);
    }
    return mentions;
  }

  /**
   * {@link applicationCandidatesIn} of the counts (件) of `text`, a paragraph's `normalized`
   * text: the statements about table three that the application rules filter each their way.
   */
  applicationCandidates(text: string): readonly ApplicationCandidate[] {
    const cache = (this.applicationCandidatesCache ??= new Map());
    let candidates = cache.get(text);
    if (candidates === undefined) {
      candidates = applicationCandidatesIn(this.counts(text), this.report.reportYear);
      cache.set(text, candidates);
    }
    return candidates;
  }

  /** {@link feeStatement} of part 六's text (of an empty text when the report has no part 六). */
  get feeStatement(): FeeStatement {
    return (this.feeStatementCache ??= feeStatementInNormalized(this.normalizedText("otherMatters")));
  }

  /**
   * {@link normalizeText} of a part's whole text ({@link text}; empty when the report lacks the
   * part). Normalising removes the new lines between paragraphs and maps digits unit by unit, so
   * it is the paragraphs' normalised texts joined, unless a comma (3,119) may be dropped depending
   * on the digits of the next paragraph: then the whole text is normalised.
   */
  private normalizedText(sectionId: NarrativeSectionId): string {
    const text = this.text(sectionId);
    if (text === undefined) return "";
    const paragraphs = this.paragraphs(sectionId);
    if (paragraphs.some((paragraph) => paragraph.text.includes(","))) return normalizeText(text);
    return paragraphs.map((paragraph) => paragraph.normalized).join("");
  }

  /**
   * The whole text of a part, as `sectionText` (../text/narrative.ts) gives it: its cached
   * paragraphs joined, without reading the part again.
   */
  text(sectionId: NarrativeSectionId): string | undefined {
    const cache = (this.textCache ??= {});
    if (!(sectionId in cache)) {
      cache[sectionId] =
        this.report.narrative?.[sectionId] === undefined
          ? undefined
          : this.paragraphs(sectionId)
              .map((paragraph) => paragraph.text)
              .join("\n");
    }
    return cache[sectionId];
  }
}

/** The narrative of `context.report`, shared by the rules of one run. */
export const narrativeText = perReport((context) => new NarrativeText(context.report));
