import type { CellValue } from "../grid";

/**
 * What a cell holds, read as a value of type T: a value, a blank, something present but unreadable
 * (`shown` is the text as the person sees it), or a formula error such as #N/A.
 * Validation uses the reading to say why a field is null.
 */
export type CellReading<T> =
  | { readonly kind: "value"; readonly value: T }
  | { readonly kind: "blank" }
  | { readonly kind: "invalid"; readonly shown: string }
  | { readonly kind: "formulaError"; readonly code: string };

export const BLANK: { readonly kind: "blank" } = { kind: "blank" };

/**
 * The value of a reading, or null for blank, invalid and formula-error readings.
 *
 * @example valueOf({ kind: "value", value: 4 }) // 4
 */
export function valueOf<T>(reading: CellReading<T>): T | null {
  return reading.kind === "value" ? reading.value : null;
}

/**
 * The text a person sees in a cell: strings trimmed, numbers and booleans as Excel shows them,
 * dates as ISO, links by their text, formula errors as their code.
 *
 * @example cellText({ kind: "link", text: "Link", address: "https://x.org" }) // "Link"
 */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  switch (typeof cell) {
    case "string":
      return cell.trim();
    case "number":
      return String(cell);
    case "boolean":
      return cell ? "TRUE" : "FALSE";
  }
  switch (cell.kind) {
    case "date":
      return cell.iso;
    case "error":
      return cell.code;
    case "link":
      return cell.text.trim();
  }
}

const ONLY_INVISIBLE = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/**
 * True for a code unit that ONLY_INVISIBLE accepts: whitespace as JavaScript's \s knows it (ASCII
 * controls 9-13, space, NBSP, U+1680, U+2000-U+200A, the line and paragraph separators, U+202F, U+205F,
 * U+3000, the BOM) and the invisible characters (soft hyphen, zero-width space and joiners, word joiner).
 */
function mayBeInvisible(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0x1680) return unit === 0xa0 || unit === 0xad;
  return (
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200d) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x2060 ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/**
 * Null, or a string of whitespace and invisible characters only.
 *
 * @example isBlankCell("\u00A0\u200B") // true
 */
export function isBlankCell(cell: CellValue | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  // Fast path: a cell whose first character is visible (almost every cell, Chinese text included) is not blank.
  if (cell.length > 0 && !mayBeInvisible(cell.charCodeAt(0))) return false;
  return ONLY_INVISIBLE.test(cell);
}

/**
 * Reads a cell as text, for free-text columns. Blank when empty; links give their text.
 *
 * @example readText("  Chief Information Officer ") // { kind: "value", value: "Chief Information Officer" }
 */
export function readText(cell: CellValue | undefined): CellReading<string> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  return { kind: "value", value: cellText(cell) };
}

/**
 * What `readText` reads, as a bare value: the text, or null for a blank or a formula error. For building
 * a recommendation from every row without allocating a reading per cell.
 *
 * @example textValue("  Chief Information Officer ") // "Chief Information Officer"
 */
export function textValue(cell: CellValue | undefined): string | null {
  return isBlankCell(cell) || isErrorCell(cell) ? null : cellText(cell);
}

/**
 * A formula error left in a cell.
 *
 * @example isErrorCell({ kind: "error", code: "#N/A" }) // true
 */
export function isErrorCell(cell: CellValue | undefined): cell is { kind: "error"; code: string } {
  return typeof cell === "object" && cell !== null && cell.kind === "error";
}

/**
 * Reads a status-like cell with a text parser; text it does not know is "invalid".
 *
 * @example readWord("Yes", parseYesNo) // { kind: "value", value: true }
 */
export function readWord<T>(cell: CellValue | undefined, parse: (text: string) => T | null): CellReading<T> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = cellText(cell);
  const value = parse(shown);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}

/**
 * What `readWord` reads, as a bare value: null for a blank, a formula error or a word it does not know.
 *
 * @example wordValue("Yes", parseYesNo) // true
 */
export function wordValue<T>(cell: CellValue | undefined, parse: (text: string) => T | null): T | null {
  return isBlankCell(cell) || isErrorCell(cell) ? null : parse(cellText(cell));
}

/**
 * A bounded memo for text -> parsed value; avoids re-normalising words a register repeats thousands of times.
 *
 * @example const parseLoud = memoize((text: string) => text.toUpperCase());
 */
export function memoize<T>(parse: (text: string) => T, limit = 10_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = parse(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
