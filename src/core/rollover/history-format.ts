/**
 * The History sheet's format, shared by the roll-over (which writes it) and the History reader: one row per
 * recommendation per reporting cycle, header in row 1, the cycle's as-of date a real date cell, statuses as
 * the register wrote them. The Archive sheet holds archived closed rows under the register's own headers.
 */

export type HistoryColumnId =
  | "cycle"
  | "report"
  | "recommendation"
  | "addressee"
  | "acceptance"
  | "implementation"
  | "assessment"
  | "responsible";

/** The columns in the order they are written (A to H). */
export const HISTORY_COLUMNS: readonly HistoryColumnId[] = [
  "cycle",
  "report",
  "recommendation",
  "addressee",
  "acceptance",
  "implementation",
  "assessment",
  "responsible",
];

/** The languages a History sheet is written in: the register's (its headers tell), English otherwise. */
export type HistoryLanguage = "en" | "zh";

/** Header words per language; the first language's words are written for a register in that language. */
export const HISTORY_HEADERS: Readonly<Record<HistoryLanguage, Readonly<Record<HistoryColumnId, string>>>> = {
  en: {
    cycle: "Cycle as of",
    report: "Report",
    recommendation: "Recommendation",
    addressee: "Addressee",
    acceptance: "Acceptance",
    implementation: "Implementation",
    assessment: "Assessment",
    responsible: "Responsible",
  },
  zh: {
    cycle: "周期截止日期",
    report: "报告",
    recommendation: "建议",
    addressee: "对象",
    acceptance: "接受情况",
    implementation: "落实情况",
    assessment: "评估",
    responsible: "负责方",
  },
};

/**
 * The name a new History sheet gets. Not "History" itself: Excel reserves that name (for its change
 * tracking) and refuses a sheet so named, so the English sheet is "Status history".
 */
export const HISTORY_SHEET_NAMES: Readonly<Record<HistoryLanguage, string>> = {
  en: "Status history",
  zh: "历史",
};
/** Every name a History sheet is recognized by, new or as another tool may have written it. */
const HISTORY_SHEET_ALIASES: readonly string[] = [
  ...Object.values(HISTORY_SHEET_NAMES),
  "History",
  "历史记录",
];
export const ARCHIVE_SHEET_NAMES: Readonly<Record<HistoryLanguage, string>> = { en: "Archive", zh: "存档" };

/** True when a sheet's name is one the History sheet answers to ("Status history", "History", "历史"; any case, trimmed). */
export function isHistorySheetName(name: string): boolean {
  const folded = name.trim().toLowerCase();
  return HISTORY_SHEET_ALIASES.some((candidate) => candidate.toLowerCase() === folded);
}
