/** Excel's rules for sheet names, and picking a free one. */

export const MAX_SHEET_NAME_LENGTH = 31;

/** Why Excel would refuse the name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "the sheet name is empty";
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `the sheet name has more than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[:\\/?*[\]]/.test(name)) return "the sheet name contains one of : \\ / ? * [ ]";
  if (/[\u0000-\u001F]/.test(name)) return "the sheet name contains a control character";
  if (name.startsWith("'") || name.endsWith("'")) return "the sheet name begins or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'Excel reserves the sheet name "History"';
  return null;
}

/**
 * `name` if no sheet uses it (case-insensitively, as Excel compares), else "name (2)", "name (3)"...,
 * shortening `name` so that the result still fits in 31 characters.
 *
 * @example freeSheetName("Summary", new Set(["summary"])) // "Summary (2)"
 */
export function freeSheetName(name: string, takenLowerCase: ReadonlySet<string>): string {
  if (!takenLowerCase.has(name.toLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const stem = name.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/[\uD800-\uDBFF]$/, "");
    const candidate = `${stem.replace(/'+$/, "")}${suffix}`;
    if (!takenLowerCase.has(candidate.toLowerCase())) return candidate;
  }
}
