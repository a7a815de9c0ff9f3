/**
 * DATA: words that render-html adds for screen readers only. They are not labels of the format
 * (those all come from the render model); they are kept here, in one place, until the render model
 * carries them (proposed: a `blankText` on blank grid cells).
 */

/** Read out for a table cell the report leaves blank; the visible cell stays empty. */
export const BLANK_CELL_TEXT = "空白";
