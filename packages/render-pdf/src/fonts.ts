/**
 * The fonts of the PDF: static TrueType files from npm packages, resolved on disk and registered
 * with react-pdf under namespaced family names (`xxgk-…`), once per process.
 *
 * react-pdf keeps fonts in one module-level store (`Font.register` is process-global). This module
 * only ADDS families whose names start with `xxgk-`; it never registers or replaces a family a host
 * application may use (no `Helvetica`, no unprefixed name), never touches the global hyphenation
 * callback and never calls `Font.clear()` / `Font.reset()`. Registration is idempotent: calling
 * `registerFonts()` again (or from a second copy of this module) registers nothing twice.
 */
import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";

/** One face: a family name of ours and the font file inside an npm package. */
export interface FontFace {
  /** The namespaced react-pdf family name. */
  readonly family: string;
  /** What the face stands in for in a Chinese government document. */
  readonly role: string;
  /** npm package and the file inside it. */
  readonly packageName: string;
  readonly file: string;
}

/** Namespaced family names (a host application's own families are never touched). */
export const FONT_FAMILIES = {
  /** Body text (宋/仿宋 role): Noto Serif SC Regular. */
  serif: "xxgk-serif",
  /** Title (小标宋 role): Noto Serif SC Bold. */
  title: "xxgk-title",
  /** Level-1 headings (黑体 role): Noto Sans SC Medium. */
  sans: "xxgk-sans",
  /** Level-2 headings (楷体 role): Ma Shan Zheng, a 楷书 face. */
  kai: "xxgk-kai",
} as const;

export type FontRole = keyof typeof FONT_FAMILIES;

export const FONT_FACES: Readonly<Record<FontRole, FontFace>> = {
  serif: {
    family: FONT_FAMILIES.serif,
    role: "body text (宋/仿宋)",
    packageName: "@expo-google-fonts/noto-serif-sc",
    file: "400Regular/NotoSerifSC_400Regular.ttf",
  },
  title: {
    family: FONT_FAMILIES.title,
    role: "title (小标宋)",
    packageName: "@expo-google-fonts/noto-serif-sc",
    file: "700Bold/NotoSerifSC_700Bold.ttf",
  },
  sans: {
    family: FONT_FAMILIES.sans,
    role: "level-1 headings (黑体)",
    packageName: "@expo-google-fonts/noto-sans-sc",
    file: "500Medium/NotoSansSC_500Medium.ttf",
  },
  kai: {
    family: FONT_FAMILIES.kai,
    role: "level-2 headings (楷体)",
    packageName: "@expo-google-fonts/ma-shan-zheng",
    file: "400Regular/MaShanZheng_400Regular.ttf",
  },
};

const require = createRequire(import.meta.url);

/**
 * The absolute path of a face's TTF file. The font packages' JavaScript entries are for Expo and
 * do not load in Node, so the file is resolved as a plain package path (the packages have no
 * `exports` map that would hide it).
 */
export function fontPath(role: FontRole): string {
  const face = FONT_FACES[role];
  return require.resolve(`${face.packageName}/${face.file}`);
}

/** A fontkit font, as far as render-pdf uses it (measuring advance widths). */
export interface MeasuredFont {
  readonly unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { readonly advanceWidth: number };
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The loaded fonts of each role (fontkit objects shared with react-pdf: each file is parsed once). */
export type LoadedFonts = Readonly<Record<FontRole, MeasuredFont>>;

const MARK = Symbol.for("@xxgk/render-pdf/fonts-registered");
type Marked = typeof globalThis & { [MARK]?: true };

/**
 * Registers the four namespaced families with react-pdf's font store, once per process. Safe to
 * call any number of times; a family already registered (by an earlier call, or another copy of
 * this package in the same process) is left alone.
 */
export function registerFonts(): void {
  const marked = globalThis as Marked;
  if (marked[MARK] === true) return;
  const registered = new Set(Font.getRegisteredFontFamilies());
  for (const role of Object.keys(FONT_FACES) as FontRole[]) {
    const face = FONT_FACES[role];
    if (registered.has(face.family)) continue;
    Font.register({ family: face.family, src: fontPath(role), fontWeight: 400, fontStyle: "normal" });
  }
  marked[MARK] = true;
}

/** The name-table entries anything downstream reads (the PDF font name, family, style). */
const KEPT_NAMES = new Set(["postscriptName", "fontFamily", "fontSubfamily", "fullName", "uniqueSubfamily", "version", "copyright"]);

/**
 * pdfkit compares fonts by `JSON.stringify` of their whole name table every time a text run
 * switches font (`isEqualFont`) — with Noto's long license texts that was ~20 ms of a 110 ms
 * render. The name table of OUR fonts (never a host's) is cut to the entries that are read; the
 * glyphs, metrics and the embedded subset are unchanged.
 */
function trimNameRecords(font: MeasuredFont): void {
  const withName = font as unknown as { name?: { records?: Record<string, unknown> } };
  const records = withName.name?.records;
  if (records === undefined) return;
  for (const key of Object.keys(records)) if (!KEPT_NAMES.has(key)) delete records[key];
}

interface DecodedGlyph {
  _decode(): unknown;
}

/**
 * pdfkit embeds a subset of each face per document: fontkit's subsetter decodes every used glyph's
 * whole outline (all points) only to learn whether it is a composite — a fifth of a render once the
 * text is drawn directly. The glyph objects of OUR fonts (fontkit keeps one per glyph id) remember
 * their decoded outline, so a glyph is decoded once per process. Outlines are read, never changed.
 */
function memoizeGlyphDecoding(font: MeasuredFont): void {
  const withGlyphs = font as unknown as { getGlyph(id: number, characters?: number[]): DecodedGlyph | null };
  const getGlyph = withGlyphs.getGlyph;
  withGlyphs.getGlyph = function (this: unknown, id: number, characters?: number[]) {
    const glyph = getGlyph.call(this, id, characters);
    if (glyph !== null && !Object.prototype.hasOwnProperty.call(glyph, "_decode")) {
      const decode = glyph._decode;
      let decoded: { value: unknown } | null = null;
      glyph._decode = function (this: DecodedGlyph) {
        decoded ??= { value: decode.call(this) };
        return decoded.value;
      };
    }
    return glyph;
  };
}

/** Shaped runs kept per face (table labels and figures recur in every report); cleared when full. */
const LAYOUT_CACHE_SIZE = 4096;

interface ShapedRun {
  glyphs: unknown[];
  positions: object[];
}

/** A copy the caller may change: pdfkit scales the positions of a run in place. */
function copyRun(run: ShapedRun): ShapedRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as ShapedRun, run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map((position) => Object.assign(Object.create(Object.getPrototypeOf(position) as object) as object, position));
  return copy;
}

/**
 * Shaping (fontkit's `layout`: cmap, GSUB/GPOS lookups) was the largest cost left once render-pdf
 * drew its set lines itself; pdfkit shapes a run with features (the table figures' `hwid`) twice
 * and caches nothing across documents. OUR faces remember the shaped runs of strings (bounded),
 * and hand out copies.
 */
function memoizeLayout(font: MeasuredFont): void {
  const withLayout = font as unknown as { layout(text: unknown, features?: unknown, ...rest: unknown[]): ShapedRun };
  const layout = withLayout.layout;
  const cache = new Map<string, ShapedRun>();
  withLayout.layout = function (this: unknown, text: unknown, features?: unknown, ...rest: unknown[]) {
    if (typeof text !== "string" || rest.some((value) => value !== undefined)) return layout.call(this, text, features, ...rest);
    const key = features == null ? text : `${text}\u0000${JSON.stringify(features)}`;
    let run = cache.get(key);
    if (run === undefined) {
      run = layout.call(this, text, features);
      if (cache.size >= LAYOUT_CACHE_SIZE) cache.clear();
      cache.set(key, run);
    }
    return copyRun(run);
  };
}

let loading: Promise<LoadedFonts> | null = null;

/**
 * Registers (once) and loads (once: the files are read and parsed a single time per process) the
 * fonts, and returns the parsed fonts for measuring. Rendering calls it; a batch worker may call it
 * up front to warm the process.
 */
export function loadFonts(): Promise<LoadedFonts> {
  if (loading !== null) return loading;
  loading = (async () => {
    registerFonts();
    const entries = await Promise.all(
      (Object.keys(FONT_FACES) as FontRole[]).map(async (role) => {
        const descriptor = { fontFamily: FONT_FACES[role].family, fontWeight: 400, fontStyle: "normal" } as const;
        await Font.load(descriptor);
        const source = Font.getFont(descriptor) as unknown as { data: MeasuredFont | null } | null;
        if (source?.data == null) throw new Error(`render-pdf: font ${FONT_FACES[role].family} did not load`);
        trimNameRecords(source.data);
        memoizeGlyphDecoding(source.data);
        memoizeLayout(source.data);
        return [role, source.data] as const;
      }),
    );
    return Object.fromEntries(entries) as unknown as LoadedFonts;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
