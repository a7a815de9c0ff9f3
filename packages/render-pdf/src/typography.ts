/**
 * The page and type of the PDF, after GB/T 9704-2012 (党政机关公文格式). All sizes in PDF points.
 *
 * - A4; margins 37 mm top (天头), 35 mm bottom, 28 mm left (订口), 26 mm right: a text block of
 *   156 mm × 225 mm.
 * - Body text 3号 (16 pt) with a fixed line pitch of 22 lines a page (225 mm / 22 ≈ 29 pt).
 * - Title 2号 (22 pt) centred; level-1 headings 一、… in 黑体 (sans); level-2 headings （一）… in 楷体;
 *   paragraphs indented by two characters; page numbers "— N —" in 4号 (14 pt) 7 mm under the text
 *   block, right on odd pages and left on even pages, one character in from the edge.
 * - Tables in 5号 (10.5 pt) so that table three (10 columns) fits the width of the text block.
 */

const MM = 72 / 25.4;

export const mm = (value: number): number => value * MM;

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export const MARGIN_TOP = mm(37);
export const MARGIN_BOTTOM = mm(35);
export const MARGIN_LEFT = mm(28);
export const MARGIN_RIGHT = mm(26);

/** The text block (版心). */
export const CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
export const CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

/** 3号. */
export const BODY_SIZE = 16;
/** 22 lines a page. */
export const LINES_PER_PAGE = 22;
export const LINE_PITCH = CONTENT_HEIGHT / LINES_PER_PAGE;
/** 2号. */
export const TITLE_SIZE = 22;
/** 4号. */
export const PAGE_NUMBER_SIZE = 14;
/** The page number's top edge: 7 mm under the text block. */
export const PAGE_NUMBER_TOP = PAGE_HEIGHT - MARGIN_BOTTOM + mm(7);

/** 5号, tables. */
export const TABLE_SIZE = 10.5;
export const TABLE_LINE_HEIGHT = TABLE_SIZE * 1.2;
/** Vertical labels: one character under the other, a little tighter. */
export const TABLE_VERTICAL_LINE_HEIGHT = TABLE_SIZE * 1.12;
export const CELL_PAD_X = 2.5;
export const CELL_PAD_Y = 1.5;
export const RULE_WIDTH = 0.75;
