/**
 * renderText: a report (or its render model) as plain text.
 */
import { buildRenderModel, type Block, type RenderModel, type RenderModelOptions, type TableBlock } from "@xxgk/render-model";
import type { Report } from "@xxgk/schema";
import { breakLines } from "./linebreak.js";
import { drawTable } from "./table.js";
import { stringWidth } from "./width.js";

export interface RenderTextOptions extends RenderModelOptions {
  /** Line width in display columns (CJK characters count 2). Default 100; at least 40. */
  readonly width?: number;
}

/** The first-line indent of paragraphs: two ideographic spaces, as Chinese documents indent. */
const INDENT = "\u3000\u3000";

function isRenderModel(input: Report | RenderModel): input is RenderModel {
  return "modelVersion" in input && "blocks" in input;
}

function centred(text: string, width: number): string[] {
  return breakLines(text, width).map((line) => " ".repeat(Math.max(0, Math.floor((width - stringWidth(line)) / 2))) + line);
}

function rightAligned(text: string, width: number): string[] {
  return breakLines(text, width).map((line) => " ".repeat(Math.max(0, width - stringWidth(line))) + line);
}

function blockLines(block: Exclude<Block, TableBlock>, width: number): string[] {
  switch (block.kind) {
    case "title":
      return centred(block.text, width);
    case "heading":
      return breakLines(block.level === 1 ? block.text : INDENT + block.text, width);
    case "paragraph":
      return breakLines(INDENT + (block.runIn?.text ?? "") + block.text, width);
    case "signature":
      return [...rightAligned(block.organ, width), ...rightAligned(block.dateText, width)];
  }
}

/** Whether a blank line separates two consecutive blocks (paragraphs follow each other directly). */
function blankLineBetween(previous: Block, next: Block): boolean {
  const flowing = (block: Block) => block.kind === "paragraph" || (block.kind === "heading" && block.level === 2);
  if (flowing(next) && (flowing(previous) || previous.kind === "heading")) return false;
  return true;
}

/**
 * Renders a report (parsed with `parseReport`) or a render model as plain text: lines of at most
 * `width` display columns (except an unbreakable word or number longer than the width), ending in
 * a line feed. Deterministic: the same input and options give the same string.
 */
export function renderText(input: Report | RenderModel, options: RenderTextOptions = {}): string {
  const width = options.width ?? 100;
  if (!Number.isInteger(width) || width < 40) throw new RangeError(`width must be an integer ≥ 40, got ${width}`);
  const { width: _width, ...modelOptions } = options;
  const model = isRenderModel(input) ? input : buildRenderModel(input, modelOptions);
  // Every line is printed without trailing white space. The grid lines of a table end with a
  // border character, so they are taken as they are.
  const out: string[] = [];
  let previous: Block | undefined;
  for (const block of model.blocks) {
    if (previous !== undefined && blankLineBetween(previous, block)) out.push("");
    if (block.kind === "table") {
      const { lines, drawn } = drawTable(block, width);
      for (let index = 0; index < lines.length; index++) out.push(index < drawn ? lines[index]! : lines[index]!.trimEnd());
    } else {
      for (const line of blockLines(block, width)) out.push(line.trimEnd());
    }
    previous = block;
  }
  return out.join("\n") + "\n";
}
