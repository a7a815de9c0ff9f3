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
