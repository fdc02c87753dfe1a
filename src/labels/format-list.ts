import type { Language } from "./language";
import { localeOf } from "./language-conventions";
import { joinParts } from "./intl-parts";

/**
 * Joins items the way the language writes a list (Intl.ListFormat, conjunction): the last two with the
 * language's "and", the others with its separator.
 *
 * @example formatList(["1", "5", "8", "9"], "en") // "1, 5, 8 and 9"
 * @example formatList(["1", "5", "8", "9"], "zh") // "1、5、8 和 9"
 * @example formatList(["1", "5", "8", "9"], "fr") // "1, 5, 8 et 9"
 * @example formatList(["1", "5", "8", "9"], "ar") // "1 و5 و8 و9"
 */
export function formatList(items: readonly string[], lang: Language): string {
  const format = new Intl.ListFormat(localeOf(lang), { type: "conjunction", style: "long" });
  const parts = format.formatToParts(items);
  // Chinese documents (the seed) set 和 between spaces whatever the items: "评估 和 负责方", "1、5、8 和 9".
  if (lang === "zh")
    return parts
      .map((part) => (part.type === "literal" && part.value === "和" ? " 和 " : part.value))
      .join("");
  return joinParts(parts, lang);
}

/**
 * Joins alternatives the way the language writes them (Intl.ListFormat, disjunction): the last two with "or".
 *
 * @example formatAlternatives(["Implemented", "In progress", "Not started"], "en") // "Implemented, In progress or Not started"
 * @example formatAlternatives(["已落实", "正在落实", "尚未启动"], "zh") // "已落实、正在落实或尚未启动"
 */
export function formatAlternatives(items: readonly string[], lang: Language): string {
  const format = new Intl.ListFormat(localeOf(lang), { type: "disjunction", style: "long" });
  return joinParts(format.formatToParts(items), lang);
}
