/**
 * A small DOM toolkit over parse5 for the Node tests: walk elements, read text and attributes,
 * and compute a table's visual grid from rowspan/colspan (the HTML table algorithm, simplified:
 * no rowspan="0", no colgroups).
 */
import { parse, parseFragment } from "parse5";

export interface DomElement {
  readonly tagName: string;
  readonly attrs: readonly { readonly name: string; readonly value: string }[];
  readonly childNodes: readonly DomNode[];
}
interface DomText {
  readonly nodeName: "#text";
  readonly value: string;
}
interface DomOther {
  readonly nodeName: string;
  readonly childNodes?: readonly DomNode[];
}
export type DomNode = DomElement | DomText | DomOther;

export interface DomRoot {
  readonly childNodes: readonly DomNode[];
}

export function parseDocument(html: string): DomRoot {
  return parse(html) as unknown as DomRoot;
}

export function parseHtmlFragment(html: string): DomRoot {
  return parseFragment(html) as unknown as DomRoot;
}

export function isElement(node: DomNode): node is DomElement {
  return "tagName" in node;
}

function childrenOf(node: DomNode | DomRoot): readonly DomNode[] {
  if ("childNodes" in node && node.childNodes !== undefined) return node.childNodes;
  // <template> keeps its children in `content`.
  const content = (node as { content?: DomRoot }).content;
  return content?.childNodes ?? [];
}

/** Every element under `root`, in document order. */
export function elements(root: DomNode | DomRoot): DomElement[] {
  const out: DomElement[] = [];
  const walk = (node: DomNode | DomRoot): void => {
    for (const child of childrenOf(node)) {
      if (isElement(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export function attr(element: DomElement, name: string): string | null {
  return element.attrs.find((entry) => entry.name === name)?.value ?? null;
}

export function classes(element: DomElement): string[] {
  return (attr(element, "class") ?? "").split(/\s+/).filter((name) => name !== "");
}

/** All text under a node (what a parser gives back, character references decoded). */
export function textContent(node: DomNode | DomRoot): string {
  if ("value" in node && (node as DomText).nodeName === "#text") return (node as DomText).value;
  return childrenOf(node).map(textContent).join("");
}

/** Visible text: text minus visually-hidden spans (`.xxgk-sr-only`). */
export function visibleText(node: DomNode | DomRoot): string {
  if (isElement(node as DomNode) && classes(node as DomElement).includes("xxgk-sr-only")) return "";
  if ("value" in node && (node as DomText).nodeName === "#text") return (node as DomText).value;
  return childrenOf(node).map(visibleText).join("");
}

export interface DomGridCell {
  readonly element: DomElement;
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
}

/** The table's cells with the row and column where each starts, from the DOM's spans. */
export function tableGrid(table: DomElement): { cells: DomGridCell[]; rowCount: number; columnCount: number } {
  const rows = elements(table).filter((element) => element.tagName === "tr");
  const occupied: boolean[][] = [];
  const cells: DomGridCell[] = [];
  let columnCount = 0;
  rows.forEach((tr, rowIndex) => {
    occupied[rowIndex] ??= [];
    let col = 0;
    for (const cell of tr.childNodes.filter(isElement).filter((node) => node.tagName === "td" || node.tagName === "th")) {
      while (occupied[rowIndex]![col] === true) col++;
      const rowspan = Number(attr(cell, "rowspan") ?? "1");
      const colspan = Number(attr(cell, "colspan") ?? "1");
      for (let r = rowIndex; r < rowIndex + rowspan; r++) {
        occupied[r] ??= [];
        for (let c = col; c < col + colspan; c++) {
          if (occupied[r]![c] === true) throw new Error(`cells overlap at ${r},${c}`);
          occupied[r]![c] = true;
        }
      }
      cells.push({ element: cell, row: rowIndex, col, rowspan, colspan });
      col += colspan;
      columnCount = Math.max(columnCount, col);
    }
  });
  return { cells, rowCount: rows.length, columnCount };
}
