/**
 * HTML page → text in the browser-copy shape the text importer reads: blocks on their own lines,
 * each table row on one line with its cells separated by tabs (empty cells kept), scripts, styles
 * and comments dropped. Uses parse5, a spec-compliant HTML parser (Word-made markup, unclosed tags).
 */
import { parse } from "parse5";

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Node[];
  content?: Node;
  attrs?: { name: string; value: string }[];
}

const SKIP = new Set(["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "button", "textarea"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "form", "fieldset", "center", "address", "figure", "figcaption", "hr",
  "caption", "body", "html",
]);

function hidden(node: Node): boolean {
  const style = node.attrs?.find((attr) => attr.name === "style")?.value ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style) || node.attrs?.some((attr) => attr.name === "hidden") === true;
}

function inline(node: Node, out: string[]): void {
  if (node.nodeName === "#text") {
    out.push((node.value ?? "").replace(/[\r\n\t]+/gu, " "));
    return;
  }
  if (node.nodeName === "#comment" || SKIP.has(node.nodeName) || hidden(node)) return;
  if (node.nodeName === "br") {
    out.push("\n");
    return;
  }
  const block = BLOCK.has(node.nodeName);
  if (block) out.push("\n");
  if (node.nodeName === "table") {
    table(node, out);
  } else {
    for (const child of node.childNodes ?? []) inline(child, out);
  }
  if (block) out.push("\n");
}

function cellText(cell: Node): string {
  const parts: string[] = [];
  for (const child of cell.childNodes ?? []) inline(child, parts);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/gu, " ").trim())
    .filter((line) => line !== "")
    .join("")
    .replace(/\t/gu, " ");
}

function rowsOf(node: Node, rows: Node[]): void {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === "tr") rows.push(child);
    else if (child.nodeName === "thead" || child.nodeName === "tbody" || child.nodeName === "tfoot") rowsOf(child, rows);
  }
}

function table(node: Node, out: string[]): void {
  const rows: Node[] = [];
  rowsOf(node, rows);
  for (const child of node.childNodes ?? []) if (child.nodeName === "caption") inline(child, out);
  out.push("\n");
  for (const row of rows) {
    const cells = (row.childNodes ?? []).filter((child) => child.nodeName === "td" || child.nodeName === "th");
    const texts = cells.map((cell) => (hidden(cell) ? "" : cellText(cell)));
    if (texts.every((text) => text === "") && texts.length <= 1) continue;
    out.push(texts.length === 1 ? texts[0]! : texts.join("\t"), "\n");
  }
}

/** The page's title element, if any. */
function titleOf(document: Node): string | undefined {
  const walk = (node: Node): string | undefined => {
    if (node.nodeName === "title") return (node.childNodes ?? []).map((child) => child.value ?? "").join("").trim();
    for (const child of node.childNodes ?? []) {
      const found = walk(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(document);
}

export function htmlToText(html: string): { text: string; title?: string } {
  const document = parse(html) as unknown as Node;
  const out: string[] = [];
  inline(document, out);
  const text = out
    .join("")
    .replace(/\u00a0/gu, "\u00a0")
    .split("\n")
    .map((line) => (line.includes("\t") ? line.replace(/ +$/u, "") : line.replace(/[ ]+/gu, " ").trim()))
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
  const title = titleOf(document);
  return { text, ...(title === undefined ? {} : { title }) };
}
