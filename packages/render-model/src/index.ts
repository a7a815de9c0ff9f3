/**
 * @xxgk/render-model — the document model of the 政府信息公开工作年度报告 that every renderer
 * (text, HTML, PDF) lays out. All shared layout decisions are made here.
 */
export { buildRenderModel } from "./build.js";
export {
  RENDER_MODEL_VERSION,
  type Block,
  type BlockKind,
  type CellAlign,
  type DocumentMeta,
  type GridCell,
  type GridCellKind,
  type GridCellRole,
  type GridColumn,
  type GridRow,
  type HeaderScope,
  type HeadingBlock,
  type LegendEntry,
  type ParagraphBlock,
  type RenderModel,
  type RenderModelOptions,
  type RunInHeading,
  type SignatureBlock,
  type TableBlock,
  type TitleBlock,
} from "./types.js";
export { cellsOf, occupancy, valueSpans } from "./grid.js";
export { formatCell, formatChineseDate, formatNumber, isIsoDate, type FormattedValue } from "./format.js";
