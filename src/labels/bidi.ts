import type { Language } from "./language";
import { writingDirection } from "./language-names";

/** Unicode FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (UAX #9, Unicode 6.3). */
export const FSI = "\u2068";
export const PDI = "\u2069";

/** Text a right-to-left sentence could reorder: Latin (or other left-to-right) letters, or digits. */
const LEFT_TO_RIGHT_OR_DIGIT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}\p{Nd}]/u;

/**
 * A value set apart from the right-to-left sentence it is put in, so that a report symbol
 * ("JIU/REP/2021/3"), a date or a number keeps its own order and does not pull the punctuation around it
 * out of place. Values with no such characters, and values already isolated, are returned as they are.
 *
 * @example isolated("JIU/REP/2021/3") // "\u2068JIU/REP/2021/3\u2069"
 * @example isolated("الجمعية العامة") // "الجمعية العامة"
 */
export function isolated(value: string): string {
  if (!LEFT_TO_RIGHT_OR_DIGIT.test(value) || (value.startsWith(FSI) && value.endsWith(PDI))) return value;
  return `${FSI}${value}${PDI}`;
}

/**
 * A label's parameters ready for its language: in a right-to-left language each parameter that holds Latin
 * text or digits is isolated (see `isolated`); in a left-to-right language they are unchanged.
 *
 * @example bidiParams({ symbol: "JIU/REP/2021/3" }, "ar") // { symbol: "\u2068JIU/REP/2021/3\u2069" }
 */
export function bidiParams<P extends Readonly<Record<string, string | number>>>(
  params: P,
  lang: Language,
): P {
  if (writingDirection(lang) === "ltr") return params;
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, isolated(String(value))]),
  ) as P;
}
