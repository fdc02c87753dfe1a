import type { CellStyle } from "./model";

/**
 * A restrained, official look: black text, bold headings, a light grey label column, thin borders on
 * blocks, and the change note in italic on light blue (the seed's blue rounded box).
 */
export const BODY_FONT_SIZE = 10;
export const TITLE_FONT_SIZE = 13;
export const HEADING_FONT_SIZE = 11;
export const NOTE_FONT_SIZE = 9;

export const BASE_STYLE: CellStyle = { fontSize: BODY_FONT_SIZE, wrap: true, vertical: "top" };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: TITLE_FONT_SIZE, horizontal: "center" };
export const SUBTITLE_STYLE: CellStyle = { fontSize: HEADING_FONT_SIZE, horizontal: "center" };
export const HEADING_STYLE: CellStyle = { bold: true, fontSize: HEADING_FONT_SIZE };
export const LABEL_STYLE: CellStyle = { fill: "#F2F2F2" };
export const BOLD_STYLE: CellStyle = { bold: true };
export const BLOCK_STYLE: CellStyle = { border: "thin" };
export const REPORT_HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#E7E6E6",
  border: "thin",
  vertical: "center",
};
export const NOTE_STYLE: CellStyle = {
  italic: true,
  fill: "#DDEBF7",
  fontColor: "#1F4E79",
  horizontal: "center",
  vertical: "center",
  border: "thin",
};
export const TABLE_HEADER_STYLE: CellStyle = {
  bold: true,
  fill: "#D9D9D9",
  horizontal: "center",
  vertical: "center",
  border: "thin",
};
/**
 * Text tables centre their cells vertically: a row the estimate made taller than LibreOffice needs
 * stays balanced, and numbers (Latin font) and Chinese text (CJK font) come close to one line.
 */
export const TABLE_BODY_STYLE: CellStyle = { border: "thin", vertical: "center" };
/**
 * Tables of counts and rates (one line per row) align cells at the bottom, as Excel does by default:
 * numbers and Chinese text then share one baseline exactly, whatever the fonts' line heights.
 */
export const NUMBER_TABLE_BODY_STYLE: CellStyle = { border: "thin", vertical: "bottom" };
export const TABLE_TOTAL_STYLE: CellStyle = { bold: true, fill: "#F2F2F2", border: "thin" };
export const NUMBER_STYLE: CellStyle = { horizontal: "right", numberFormat: "0" };
export const PERCENT_STYLE: CellStyle = { horizontal: "right", numberFormat: "0%" };
export const CENTER_STYLE: CellStyle = { horizontal: "center" };
export const SMALL_NOTE_STYLE: CellStyle = { italic: true, fontSize: NOTE_FONT_SIZE };
/** Every hyperlinked cell: the colour of Excel's "Hyperlink" style, underlined. */
export const LINK_STYLE: CellStyle = { fontColor: "#0563C1", underline: true };
export const INDENT_STYLE: CellStyle = { indent: 2 };

/**
 * Series colours of Figures 1 and 2, one per status in STATUS_COLUMNS order; the seventh is "Closed"
 * (closed without a stated reason), shown only when a register has it.
 */
export const STATUS_COLORS = [
  "#2F5597",
  "#8FAADC",
  "#F4B183",
  "#BFBFBF",
  "#C00000",
  "#7F7F7F",
  "#A9D18E",
] as const;
