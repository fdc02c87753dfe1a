import type { Language } from "../../labels/language";
import { formatNumber as formatGrouped, formatPlural } from "../../labels/labels";

/**
 * "1 error", "3 errors", "3 ошибки", "خطآن"…: the plural form the language's rules pick for the count, the
 * count written with digits and the language's grouping ("50,000").
 */
export function countText(language: Language, what: "errors" | "warnings", count: number): string {
  return formatPlural(what === "errors" ? "ui.errors" : "ui.warnings", language, count, {
    count: formatNumber(count, language),
  });
}

/** Digits with the language's grouping: the pane shows 50,000 rows, never "五万". */
export function formatNumber(count: number, language: Language): string {
  return formatGrouped(count, language);
}
