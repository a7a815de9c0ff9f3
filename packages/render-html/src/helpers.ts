/**
 * The handlebars helpers of render-html. Each helper escapes its own input and returns a
 * SafeString only of escaped content. The precompiler compiles every template with
 * `knownHelpersOnly: true` and exactly these names, so a template cannot call anything else.
 */
import { escapeHtml } from "./escape.js";
import { isMarkup } from "./markup.js";

/**
 * A helper: takes up to two template arguments (handlebars appends its options object, which a
 * helper treats as a missing argument) and returns markup that is already escaped; the renderer
 * wraps it in a SafeString.
 */
export type Helper = (first: unknown, second: unknown) => string;

type AttributeValue = string | number | boolean | null | undefined;

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function isAttributeValue(value: unknown): value is AttributeValue {
  const type = typeof value;
  return value === null || type === "undefined" || type === "string" || type === "number" || type === "boolean";
}

/**
 * The attributes render-html prints: an allow-list, so no event handler, URL or style attribute
 * can ever be written, whatever a view or template asks for.
 */
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  "class",
  "colspan",
  "content",
  "data-edition",
  "data-report-year",
  "data-row",
  "data-table",
  "datetime",
  "lang",
  "rowspan",
  "scope",
]);

/**
 * ` name="value"`, escaped; nothing when the value is null, undefined, false or an empty string;
 * ` name` alone for `true`. The name must be in `ALLOWED_ATTRIBUTES`.
 */
export function attribute(name: unknown, value: unknown): string {
  if (typeof name !== "string" || !ALLOWED_ATTRIBUTES.has(name)) {
    throw new TypeError(`render-html: attr: the attribute name ${JSON.stringify(name)} is not allowed`);
  }
  if (!isAttributeValue(value)) throw new TypeError(`render-html: attr ${name}: expected a string, number or boolean, got ${describe(value)}`);
  if (value === null || value === undefined || value === false || value === "") return "";
  if (value === true) return ` ${name}`;
  return ` ${name}="${escapeHtml(String(value))}"`;
}

/**
 * Several attributes at once, from a list of `[name, value]` pairs, each printed as by `attr`
 * (names checked, values escaped, empty values left out).
 */
export function attributes(list: unknown): string {
  if (!Array.isArray(list)) throw new TypeError(`render-html: attrs: expected a list of [name, value] pairs, got ${describe(list)}`);
  let markup = "";
  for (const pair of list as unknown[]) {
    if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError("render-html: attrs: every entry must be a [name, value] pair");
    markup += attribute(pair[0], pair[1]);
  }
  return markup;
}

/**
 * Text content: the value escaped by `escapeHtml` (which also writes U+2028/U+2029 as character
 * references, unlike handlebars' own `{{value}}`). Only strings and finite numbers are accepted,
 * so a misspelt field name (undefined) throws instead of printing nothing — and the table rows
 * that render-html built itself from escaped parts (a `Markup` of src/markup.ts, recognised by
 * identity: no data can pass for one), printed as they are.
 */
export function text(value: unknown): string {
  if (typeof value === "string") return escapeHtml(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (isMarkup(value)) return value.html;
  throw new TypeError(`render-html: esc: expected a string or a finite number, got ${describe(value)}`);
}

/** The helpers by name. The precompiler passes these names as `knownHelpers`. */
export const helperFunctions: { readonly attr: Helper; readonly attrs: Helper; readonly esc: Helper } = {
  attr: attribute,
  attrs: attributes,
  esc: text,
};

export type HelperName = keyof typeof helperFunctions;

/** The names of the helpers, sorted, as the precompiler lists them. */
export const helperNames: readonly HelperName[] = (Object.keys(helperFunctions) as HelperName[]).sort();
