/**
 * @xxgk/render-pdf — the 政府信息公开工作年度报告 as an official-looking PDF (GB/T 9704 公文
 * typography), from the @xxgk/render-model document model, with react-pdf.
 */
export { renderPdf, renderPdfStream, renderPdfToFile, PDF_CREATOR, PDF_PRODUCER, type RenderPdfOptions } from "./render.js";
export { defaultHandlers, paginate, type Atom, type BlockContext, type BlockHandler, type BlockHandlers } from "./document.js";
export { setLines, type LineRun, type Measurers, type SetLine, type SetOptions, type Span } from "./flow.js";
export { measurerFor, type Measurer } from "./measure.js";
export { FONT_FACES, FONT_FAMILIES, fontPath, loadFonts, registerFonts, type FontFace, type FontRole } from "./fonts.js";
export { breakPieces, hyphenationCallback, wrapText, NO_LINE_END, NO_LINE_START } from "./linebreak.js";
export { chunkTable, layoutTable, type CellBox, type TableChunk, type TableLayout } from "./table.js";
