import type { CellValue, DateCell, ErrorCell, LinkCell } from "../../core/grid";
import { parseIsoDate, serialToIsoDate } from "../../core/dates";
import { decodeOoxmlText } from "./ooxml-text";

/** Days between Excel's 1900 and 1904 date systems. */
const DATE_1904_OFFSET = 1462;

/** What the sheet XML says about one cell, before it becomes a `CellValue`. */
export interface RawCell {
  /** The "t" attribute: s, str, inlineStr, b, e, d, or n (the default). */
  readonly type: string;
  /** The <v> text (a formula's cached result), or null when the cell has none. */
  readonly value: string | null;
  /** The text of an inline string (<is>), already plain. */
  readonly inlineText: string | null;
  /** The formula text, or null when the cell holds no formula. */
  readonly formula: string | null;
  readonly isDateStyle: boolean;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

/**
 * Turns one cell's XML into a grid value, the way Excel shows it: a formula gives its cached
 * result (an error result stays an error), a number in a date style gives a date, shared and
 * inline strings give their plain text. Values are interned so that a million dates or "#N/A"s
 * cost one object each.
 */
export class CellConverter {
  private readonly dates = new Map<string, DateCell>();
  /** Serial -> date, so a column of a million dates converts each distinct day once. */
  private readonly serials = new Map<number, DateCell | null>();
  private readonly errors = new Map<string, ErrorCell>();

  constructor(private readonly context: CellContext) {}

  convert(cell: RawCell): CellValue {
    const value = this.valueOf(cell);
    if (cell.formula !== null && value !== null && typeof value !== "object") {
      const address = hyperlinkFormulaAddress(cell.formula);
      if (address !== null) return link(String(value), address);
    }
    return value;
  }

  private valueOf(cell: RawCell): CellValue {
    const { type, value } = cell;
    if (type === "inlineStr") return cell.inlineText ?? (value === null ? null : decodeOoxmlText(value));
    if (value === null) return null;
    switch (type) {
      case "s":
        return this.context.sharedStrings[Number(value)] ?? null;
      case "str":
        return decodeOoxmlText(value);
      case "b":
        return value.trim() === "1" || value.trim().toLowerCase() === "true";
      case "e":
        return this.error(value.trim());
      case "d":
        return this.isoDate(value.trim().slice(0, 10)) ?? value;
      default:
        return this.number(value, cell.isDateStyle);
    }
  }

  private number(text: string, isDateStyle: boolean): CellValue {
    if (text.trim() === "") return null;
    const number = Number(text);
    if (!Number.isFinite(number)) return null;
    if (!isDateStyle) return number;
    const serial = Math.floor(this.context.date1904 ? number + DATE_1904_OFFSET : number);
    let date = this.serials.get(serial);
    if (date === undefined) {
      const iso = serialToIsoDate(serial);
      date = iso === null ? null : this.date(iso);
      this.serials.set(serial, date);
    }
    return date ?? number;
  }

  private isoDate(text: string): DateCell | null {
    const iso = parseIsoDate(text);
    return iso === null ? null : this.date(iso);
  }

  private date(iso: DateCell["iso"]): DateCell {
    let cell = this.dates.get(iso);
    if (!cell) {
      cell = { kind: "date", iso };
      this.dates.set(iso, cell);
    }
    return cell;
  }

  private error(code: string): ErrorCell {
    let cell = this.errors.get(code);
    if (!cell) {
      cell = { kind: "error", code };
      this.errors.set(code, cell);
    }
    return cell;
  }
}

export function link(text: string, address: string): LinkCell {
  return { kind: "link", text, address };
}

/** The literal address of =HYPERLINK("https://...", "text"); null for any other formula. */
export function hyperlinkFormulaAddress(formula: string): string | null {
  const match = /^\s*(?:_xlfn\.)?HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula);
  return match?.[1] === undefined ? null : match[1].replace(/""/g, '"');
}

/** The text a linked cell shows, whatever its value type. */
export function displayText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  switch (value.kind) {
    case "date":
      return value.iso;
    case "error":
      return value.code;
    case "link":
      return value.text;
  }
}
