/**
 * @xxgk/render-text — the 政府信息公开工作年度报告 as plain text.
 */
export { renderText, type RenderTextOptions } from "./render.js";
export { renderTable, type TableText } from "./table.js";
export { breakLines, minimumWidth, NO_LINE_END, NO_LINE_START } from "./linebreak.js";
export { charWidth, stringWidth } from "./width.js";
