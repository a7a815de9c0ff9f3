/**
 * Drawing set text straight onto the page (react-pdf's `<Canvas>` painter, i.e. pdfkit).
 *
 * render-pdf decides every line break and every position itself (flow.ts, table.ts), so handing
 * the lines to react-pdf's text layout (Yoga measure + textkit: attributed strings, bidi, shaping,
 * line breaking, line objects) only to get back the positions it was given cost about half of a
 * render. Instead each page's text block is one `<Canvas>` whose paint callback writes each run
 * of glyphs where it belongs: pdfkit shapes it with the same fontkit font objects (same glyphs,
 * same subset, same ToUnicode map), places it on its baseline, and applies justification as
 * character spacing (`Tc`: an extra advance after every glyph, as react-pdf's letter spacing).
 */
import type { FontRole, LoadedFonts } from "./fonts.js";

/** What render-pdf draws with, in points, relative to the canvas's top-left corner. */
export interface Pen {
  /** A run of text in one face with its baseline at `baseline`, starting at `x`. */
  text(font: FontRole, size: number, text: string, x: number, baseline: number, spacing?: number, features?: readonly string[]): void;
  /** A filled black rectangle (table rules). */
  rect(x: number, y: number, width: number, height: number): void;
  /** The face's ascent in em (where react-pdf's line box puts the baseline under its top). */
  ascent(font: FontRole): number;
}

/** A fontkit font as pdfkit takes it. */
interface DrawnFont {
  readonly postscriptName: string;
  readonly ascent: number;
  readonly unitsPerEm: number;
}

/** The subset of react-pdf's Canvas painter (pdfkit methods, chainable) used here. */
interface Painter {
  font(src: unknown, family: string, size: number): Painter;
  text(text: string, x: number, y: number, options: object): Painter;
  rect(x: number, y: number, width: number, height: number): Painter;
  fill(color: string): Painter;
  fillColor(color: string): Painter;
  save(): Painter;
  restore(): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): Painter;
  clip(): Painter;
}

/**
 * OpenType features switched off when drawing: render-pdf measures text by the glyphs' advance
 * widths (measure.ts, flow.ts), so the drawn run must have exactly those advances. With fontkit's
 * defaults, kerning and ligatures made Latin runs narrower than measured (a URL such as
 * "www.shanghai.gov.cn" by about 0.3 em), leaving a gap after the run and justified lines short of
 * the margin. CJK text has no kerning in these faces and does not change.
 */
const AS_MEASURED = { kern: false, liga: false, clig: false, calt: false } as const;

function drawFeatures(features: readonly string[] | undefined): Readonly<Record<string, boolean>> {
  if (features === undefined || features.length === 0) return AS_MEASURED;
  const out: Record<string, boolean> = { ...AS_MEASURED };
  for (const feature of features) out[feature] = true;
  return out;
}

export function makePen(painter: Painter, fonts: LoadedFonts): Pen {
  let currentFont: FontRole | null = null;
  let currentSize = 0;
  painter.fillColor("#000");
  return {
    text(font, size, text, x, baseline, spacing = 0, features) {
      if (text === "") return;
      if (font !== currentFont || size !== currentSize) {
        const face = fonts[font] as unknown as DrawnFont;
        // The PostScript name as the cache key: the same pdfkit font object react-pdf's own text
        // (the page numbers) uses, so each face is embedded once.
        painter.font(face, face.postscriptName, size);
        currentFont = font;
        currentSize = size;
      }
      painter.text(text, x, baseline, {
        lineBreak: false,
        baseline: "alphabetic",
        ...(spacing === 0 ? {} : { characterSpacing: spacing }),
        features: drawFeatures(features),
      });
    },
    rect(x, y, width, height) {
      // As react-pdf draws a View's background: inside a clip of the same box, given as a path
      // of lines and (degenerate) corner curves. A bare rectangle fill would be snapped to whole
      // device pixels by some rasterisers (poppler's stroke adjustment): thin rules would print
      // heavier than the same rules drawn as Views.
      const right = x + width;
      const bottom = y + height;
      painter
        .save()
        .moveTo(x, y)
        .lineTo(right, y)
        .bezierCurveTo(right, y, right, y, right, y)
        .lineTo(right, bottom)
        .bezierCurveTo(right, bottom, right, bottom, right, bottom)
        .lineTo(x, bottom)
        .bezierCurveTo(x, bottom, x, bottom, x, bottom)
        .lineTo(x, y)
        .bezierCurveTo(x, y, x, y, x, y)
        .clip()
        .rect(x, y, width, height)
        .fill("#000")
        .restore();
    },
    ascent(font) {
      const face = fonts[font] as unknown as DrawnFont;
      return face.ascent / face.unitsPerEm;
    },
  };
}
