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

/** Text Excel would read as a formula or a sign if typed: such cells get the quote-prefix flag. */
export function looksLikeFormula(text: string): boolean {
  // Only the first character matters, and every text cell of the annexes asks: no regex, no set, per cell.
  switch (text.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x0a: // LF
      return true;
    default:
      return false;
  }
}
