import type { LayoutValue } from "../layout/model";

/**
 * Writing a string to `Range.values` is like typing it: "=1+1" becomes a formula, "-x" and "@x" too,
 * "12" a number, "2023-02-28" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe makes
 * Excel keep the rest as literal text (the apostrophe is a prefix, not part of the value), so every
 * string Excel could read as something else gets one. Strings that already start with an apostrophe get
 * a second one, or Excel would eat theirs.
 *
 * @example excelInput("=1+1") // "'=1+1"
 * @example excelInput("Accepted") // "Accepted"
 * @example excelInput(null) // ""
 */
export function excelInput(value: LayoutValue): string | number {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  return needsApostrophe(value) ? `'${value}` : value;
}

/** Formula starts, an apostrophe, an error's #, and any leading whitespace (tab, CR, LF included). */
const ACTIVE_START = /^[\s=+\-@'#]/;
/** Anything that opens like a number, a currency amount, a percentage or a date. */
const NUMBER_LIKE = /^\s*[-+]?[$€£¥(]?\s*[.,]?\d/;
const WORD_VALUES = /^\s*(true|false)\s*$/i;

export function needsApostrophe(text: string): boolean {
  return ACTIVE_START.test(text) || NUMBER_LIKE.test(text) || WORD_VALUES.test(text);
}
