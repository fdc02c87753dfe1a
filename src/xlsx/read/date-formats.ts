/**
 * Built-in number formats that show a date. Excel stores only their ids; 27-36 and 50-58 are the
 * East Asian date formats (e.g. yyyy"年"m"月"d"日") that Chinese Excel uses.
 */
const BUILT_IN_DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52,
]);
for (let id = 53; id <= 58; id += 1) BUILT_IN_DATE_FORMAT_IDS.add(id);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_FORMAT_IDS.has(id);
}

/**
 * Whether a custom number format shows a calendar date: it has a day or year token, or a month
 * token without hours or seconds ("mm" beside "h" or "s" means minutes). Quoted text, escaped
 * characters and bracketed parts ([Red], [$-804], [h]) are ignored.
 *
 * @example isDateFormatCode("yyyy-mm-dd") // true
 * @example isDateFormatCode('0.0" days"') // false
 */
export function isDateFormatCode(code: string): boolean {
  const tokens = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "")
    .toLowerCase();
  if (/[dye]/.test(tokens.replace(/general/g, "").replace(/e[+-]/g, ""))) return true;
  return tokens.includes("m") && !/[hs]/.test(tokens);
}
