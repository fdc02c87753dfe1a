/**
 * True when an Excel number format shows a date (so the cell's serial number is a date), false for
 * numbers, text, percentages and times of day alone.
 * Quoted text, backslash escapes and bracketed parts ([Red], [$-409], [h]) are ignored before looking
 * for the day, month-name and year codes d, y and mmm, or an m beside d or y.
 *
 * @example isDateFormat("yyyy-mm-dd") // true
 * @example isDateFormat('[$-zh-CN]yyyy"年"m"月"d"日"') // true
 * @example isDateFormat("h:mm AM/PM") // false
 * @example isDateFormat("0.00%") // false
 */
export function isDateFormat(format: string): boolean {
  const firstSection = format.split(";")[0] ?? "";
  const bare = firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    // Elapsed time ([h], [mm], [ss]) keeps its letters; other bracketed parts are colours and locales.
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/general/gi, "")
    .replace(/AM\/PM|A\/P/gi, "")
    .toLowerCase();
  if (/[dy]/.test(bare)) return true;
  if (/mmm/.test(bare)) return true;
  // "mm" alone is minutes in a time ("h:mm") and months in a date; without d or y call it a time.
  return /(^|[^h:])m+([^:s]|$)/.test(bare) && !/[hs]/.test(bare);
}
