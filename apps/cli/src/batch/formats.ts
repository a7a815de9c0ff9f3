/**
 * The output formats of `xxgk batch`: the renderers of `xxgk render` (one table, so a format added
 * there — `pdf` with `@xxgk/render-pdf` — is a batch format too), each with the file extension its
 * output gets. `<name>.json` renders to `<name>.<extension>`.
 */
import { renderers, type Renderer } from "../commands/render.js";

/** The extension of each known format; a format not listed uses its name. */
const extensions: Readonly<Record<string, string>> = {
  text: "txt",
  html: "html",
  "html-fragment": "fragment.html",
  pdf: "pdf",
};

export interface BatchFormat {
  readonly name: string;
  readonly extension: string;
  readonly renderer: Renderer;
}

/** Every format the batch can write, in the order of `xxgk render --to`. */
export function batchFormats(table: Readonly<Record<string, Renderer>> = renderers): readonly BatchFormat[] {
  return Object.entries(table).map(([name, renderer]) => ({ name, extension: extensions[name] ?? name, renderer }));
}

/** The formats written when `--to` is not given: PDF (when a PDF renderer is wired), HTML and text. */
export function defaultFormatNames(table: Readonly<Record<string, Renderer>> = renderers): readonly string[] {
  return ["pdf", "html", "text"].filter((name) => Object.hasOwn(table, name));
}

export function extensionOf(format: string): string {
  return extensions[format] ?? format;
}
