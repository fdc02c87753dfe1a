import type { Language } from "../../labels/language";
import type { Translate } from "./text-context";

/** "1 error", "3 errors", "1 warning"…, with the count written with digits for the language ("50,000"). */
export function countText(
  t: Translate,
  language: Language,
  what: "errors" | "warnings",
  count: number,
): string {
  const id =
    what === "errors"
      ? count === 1
        ? "ui.errors.one"
        : "ui.errors.other"
      : count === 1
        ? "ui.warnings.one"
        : "ui.warnings.other";
  return t(id, { count: formatNumber(count, language) });
}

/** Digits with the language's grouping: the pane shows 50,000 rows, never "五万". */
export function formatNumber(count: number, language: Language): string {
  return new Intl.NumberFormat(language === "zh" ? "zh-CN" : "en-US").format(count);
}
