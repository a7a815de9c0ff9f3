/**
 * HTML escaping for text and attribute values. Every string of a report reaches the output through
 * `escapeHtml`, called by the `esc`, `attr` and `attrs` helpers before they return a SafeString
 * (the templates never print a value with handlebars' own `{{value}}`).
 */

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;",
  "\u2028": "&#x2028;",
  "\u2029": "&#x2029;",
};

const NEEDS_ESCAPE = /[&<>"'`=\u2028\u2029]/;
const ESCAPE_ALL = /[&<>"'`=\u2028\u2029]/g;

/**
 * Escapes the seven characters handlebars escapes (& < > " ' ` =) and, in addition, the line and
 * paragraph separators U+2028/U+2029 as character references, so the output stays inert even when
 * a CMS pastes it into a JavaScript string.
 */
export function escapeHtml(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(ESCAPE_ALL, (char) => ESCAPES[char] ?? char);
}
