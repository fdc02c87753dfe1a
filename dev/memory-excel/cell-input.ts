import { EXCEL_ERROR_CODES } from "../../src/core/a1";
import type { Scalar } from "./state";

/**
 * What Excel makes of a value written to `Range.values`: it treats a string as if the user typed it.
 * That is why the adapter must escape register text; these rules let a test catch it when it does not.
 *  - "=..." is a formula; so is "+..." / "-..." / "@..." unless the rest is a number;
 *  - a leading apostrophe makes the rest literal text (the apostrophe is a prefix, not content);
 *  - numbers ("12", "-3.5", "1,234", "45%"), TRUE/FALSE, ISO and US dates and error literals convert;
 *  - a cell formatted as Text ("@") keeps any string as it is.
 * Leading tabs and line breaks are kept as text.
 */
export type CellInput =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string; readonly quotePrefix: boolean }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: number | boolean; readonly numberFormat: string | null }
  | { readonly kind: "error"; readonly code: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function interpretInput(input: Scalar | null | undefined, cellNumberFormat: string): CellInput | null {
  if (input === null || input === undefined) return null; // null leaves the cell as it is
  if (typeof input === "boolean") return { kind: "value", value: input, numberFormat: null };
  if (typeof input === "number") return { kind: "value", value: input, numberFormat: null };
  if (input === "") return { kind: "empty" };
  if (cellNumberFormat === "@") return { kind: "text", text: input, quotePrefix: false };
  if (input.startsWith("'")) return { kind: "text", text: input.slice(1), quotePrefix: true };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const trimmed = input.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return number;
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1)
    return { kind: "formula", formula: `=${input}` };
  if (input.startsWith("@") && input.length > 1) return { kind: "formula", formula: `=${input.slice(1)}` };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { kind: "value", value: upper === "TRUE", numberFormat: null };
  if (EXCEL_ERROR_CODES.has(upper)) return { kind: "error", code: upper };
  const date = parseDate(trimmed);
  if (date !== null) return { kind: "value", value: date.serial, numberFormat: date.numberFormat };
  return { kind: "text", text: input, quotePrefix: false };
}

function parseNumber(text: string): CellInput | null {
  const percent = text.endsWith("%");
  const body = percent ? text.slice(0, -1).trim() : text;
  if (body === "" || body === "+" || body === "-" || !/\d/.test(body) || !NUMBER.test(body)) return null;
  const value = Number(body.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return percent
    ? { kind: "value", value: value / 100, numberFormat: "0%" }
    : { kind: "value", value, numberFormat: null };
}

function parseDate(text: string): { serial: number; numberFormat: string } | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), "yyyy-mm-dd");
  const us = US_DATE.exec(text);
  if (us) return dateSerial(Number(us[3]), Number(us[1]), Number(us[2]), "m/d/yyyy");
  return null;
}

function dateSerial(
  year: number,
  month: number,
  day: number,
  numberFormat: string,
): { serial: number; numberFormat: string } | null {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const days = Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (days < 61) return null; // before March 1900: leave as text rather than model Excel's leap-year bug
  return { serial: days, numberFormat };
}
