/**
 * @xxgk/render-html — the 政府信息公开工作年度报告 as a standalone HTML page or a CMS fragment.
 */
export {
  createHtmlRenderer,
  fragmentStylesheet,
  renderHtml,
  renderHtmlFragment,
  type HtmlRenderer,
  type RenderHtmlFragmentOptions,
  type RenderHtmlOptions,
} from "./render.js";
export { CLASS_PREFIX, ROOT_CLASS } from "./view.js";
export { escapeHtml } from "./escape.js";
