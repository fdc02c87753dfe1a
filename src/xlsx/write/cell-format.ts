import type { CellStyle, HorizontalAlignment, VerticalAlignment } from "../../layout/model";

/**
 * Everything one cell format (an `<xf>` of styles.xml) holds for a generated cell: the layout's
 * `CellStyle` with defaults filled in, plus the quote prefix that keeps formula-like text text.
 * The look of a link (colour, underline) is the layout's: the writer adds none of its own.
 */
export interface CellFormat {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  /** Points; null keeps the workbook's default size. */
  readonly fontSize: number | null;
  /** "RRGGBB" or null. */
  readonly fontColor: string | null;
  /** "RRGGBB" solid fill or null. */
  readonly fill: string | null;
  readonly border: boolean;
  readonly numberFormat: string | null;
  readonly horizontal: HorizontalAlignment | null;
  readonly vertical: VerticalAlignment | null;
  readonly wrap: boolean;
  readonly indent: number;
  /** Excel keeps text such as "=1+1" as text when the cell is edited again (the leading-apostrophe flag). */
  readonly quotePrefix: boolean;
}

/** The format of a cell from its (merged) layout style. */
export function cellFormat(style: CellStyle, extras: { quotePrefix: boolean }): CellFormat {
  return {
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    underline: style.underline ?? false,
    fontSize: style.fontSize ?? null,
    fontColor: hexColor(style.fontColor),
    fill: hexColor(style.fill),
    border: style.border === "thin",
    numberFormat: style.numberFormat ?? null,
    horizontal: style.horizontal ?? null,
    vertical: style.vertical ?? null,
    wrap: style.wrap ?? false,
    indent: style.indent ?? 0,
    quotePrefix: extras.quotePrefix,
  };
}

/** "RRGGBB" (upper case) from "#rrggbb", or null when absent or malformed. */
export function hexColor(color: string | undefined): string | null {
  const match = color === undefined ? null : /^#([0-9a-fA-F]{6})$/.exec(color);
  return match?.[1]?.toUpperCase() ?? null;
}

/** First characters that make a text look like a formula or a sign: = + - @, tab, CR and LF. */
const FORMULA_STARTS = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d, 0x0a]);

/** Text Excel would read as a formula or a sign if typed: such cells get the quote-prefix flag. */
export function looksLikeFormula(text: string): boolean {
  // Only the first character matters, and every text cell of the annexes asks: no regex per cell.
  return FORMULA_STARTS.has(text.charCodeAt(0));
}
