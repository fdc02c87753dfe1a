import type { Language } from "./language";
import { label } from "./lookup";

/**
 * Joins items the way the language writes a list: the last two with a conjunction, the others with
 * the list separator.
 *
 * @example formatList(["1", "5", "8", "9"], "en") // "1, 5, 8 and 9"
 * @example formatList(["1", "5", "8", "9"], "zh") // "1、5、8 和 9"
 */
export function formatList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? "";
  const head = items.slice(0, -1).join(label("list.separator", lang));
  return `${head}${label("list.lastSeparator", lang)}${items[items.length - 1] ?? ""}`;
}
