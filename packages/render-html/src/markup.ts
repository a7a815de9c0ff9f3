/**
 * Markup that render-html builds itself, in TypeScript, for the table rows (the hot path: about
 * 280 cells a report, where one handlebars helper call per cell costs more than the rest of the
 * page). It is built ONLY by `rowsMarkup` in view.ts from the same pieces the templates use:
 * every text through `text` (the `esc` helper, so `escapeHtml`) and every attribute through
 * `attribute` (the `attr` helper: allow-listed names, escaped values).
 *
 * A `Markup` is recognised by identity (a module-private WeakSet), not by shape: data from a
 * report (plain JSON) can never pass for one, so `esc` still escapes everything else it is given.
 */

/** Escaped HTML built by render-html (see the module comment). */
export interface Markup {
  readonly html: string;
}

const built = new WeakSet<Markup>();

/**
 * Marks HTML as built by render-html from escaped parts. Only for view.ts's `rowsMarkup`: never
 * call it with a string that did not come out of `text`/`attribute` and literal tags.
 */
export function builtMarkup(html: string): Markup {
  const markup: Markup = { html };
  built.add(markup);
  return markup;
}

/** Whether a value is a `Markup` made by `builtMarkup` (not merely something shaped like one). */
export function isMarkup(value: unknown): value is Markup {
  return typeof value === "object" && value !== null && built.has(value as Markup);
}
