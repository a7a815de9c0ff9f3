/**
 * Text measurement for the cells render-pdf lays out itself (tables): advance widths in em from the
 * same fontkit font object react-pdf draws with, cached per code point, so that a label is measured
 * once per process however many reports are rendered.
 */
import type { MeasuredFont } from "./fonts.js";

export interface Measurer {
  /** Width of `text` at `size` points (proportional figures, as react-pdf sets it by default). */
  width(text: string, size: number): number;
  /** Width of `text` at `size` with half-width (tabular) ASCII: the `hwid` feature of Noto CJK. */
  tabularWidth(text: string, size: number): number;
}

const measurers = new WeakMap<MeasuredFont, Measurer>();

export function measurerFor(font: MeasuredFont): Measurer {
  const existing = measurers.get(font);
  if (existing !== undefined) return existing;
  const em = new Map<number, number>();
  const scale = 1 / font.unitsPerEm;
  const advance = (codePoint: number): number => {
    let value = em.get(codePoint);
    if (value === undefined) {
      value = font.glyphForCodePoint(codePoint).advanceWidth * scale;
      em.set(codePoint, value);
    }
    return value;
  };
  const measurer: Measurer = {
    width(text, size) {
      let total = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
        total += advance(code);
      }
      return total * size;
    },
    tabularWidth(text, size) {
      let total = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
        total += code >= 0x21 && code <= 0x7e ? 0.5 : advance(code);
      }
      return total * size;
    },
  };
  measurers.set(font, measurer);
  return measurer;
}
