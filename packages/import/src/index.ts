/**
 * @xxgk/import — reads published 政府信息公开工作年度报告 back into the schema.
 */
export { importReport, importFile, exitCodeFor, type ImportInput, type ImportOptions, type ImportResult, type InputKind, type Detected, type PdfEngine } from "./import.js";
export type { ImportNote, NoteCode, NoteSeverity, NoteLang } from "./notes.js";
export { normaliseLabel } from "./normalize.js";
