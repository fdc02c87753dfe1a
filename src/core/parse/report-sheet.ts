import type { WorkbookGrid } from "../grid";
import { cellText } from "./cell";
import { looseKey } from "./normalize";

/**
 * What the report document says about itself that no register row holds: the committee, session, place
 * and dates of the meeting, the document's symbol and date, the symbol of the last report, and any
 * paragraph the secretariat writes itself. Every field is optional; an absent one stays a placeholder.
 */
export interface ReportDetails {
  readonly committee?: string;
  readonly session?: string;
  readonly place?: string;
  readonly dates?: string;
  readonly symbol?: string;
  readonly documentDate?: string;
  readonly previousReport?: string;
  /** Paragraphs 1 to 6 as the secretariat wrote them, by number; they replace the built-in wording. */
  readonly paragraphs?: Readonly<Partial<Record<ReportParagraph, string>>>;
}

export type ReportParagraph = 1 | 2 | 3 | 4 | 5 | 6;
type DetailField = Exclude<keyof ReportDetails, "paragraphs">;

/** Sheet names that hold the details, in English or Chinese, compared loosely. */
const SHEET_NAMES = ["report", "report details", "报告", "报告信息"].map(looseKey);

const FIELD_NAMES: Readonly<Record<DetailField, readonly string[]>> = {
  committee: ["Committee", "委员会"],
  session: ["Session", "届会", "会议"],
  place: ["Place", "地点"],
  dates: ["Dates", "Session dates", "会议日期", "日期"],
  symbol: ["Symbol", "Document symbol", "文件号", "文号"],
  documentDate: ["Document date", "文件日期"],
  previousReport: ["Previous report", "Last report", "上次报告"],
};

const FIELD_BY_KEY: ReadonlyMap<string, DetailField> = new Map(
  (Object.entries(FIELD_NAMES) as [DetailField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [looseKey(name), field] as const),
  ),
);

/** "Paragraph 5", "Para 5", "第5段". */
function paragraphNumber(name: string): ReportParagraph | null {
  const match =
    /^(?:paragraph|para)\s*([1-6])$/i.exec(name.trim()) ?? /^第\s*([1-6])\s*段$/.exec(name.trim());
  return match ? (Number(match[1]) as ReportParagraph) : null;
}

/**
 * The details from the workbook's optional "Report" sheet (报告): a field name in its first column and the
 * value beside it, rows in any order. Unknown rows and blank values are ignored; no sheet gives `{}`.
 *
 * @example readReportDetails(grid).committee // "Program and Budget Committee"
 */
export function readReportDetails(grid: WorkbookGrid): ReportDetails {
  const sheet = grid.sheets.find((candidate) => SHEET_NAMES.includes(looseKey(candidate.name)));
  if (!sheet) return {};
  const details: Record<string, string> = {};
  const paragraphs: Partial<Record<ReportParagraph, string>> = {};
  for (const row of sheet.cells) {
    const name = cellText(row[0]);
    const value = cellText(row[1]);
    if (name === "" || value === "") continue;
    const paragraph = paragraphNumber(name);
    if (paragraph !== null) paragraphs[paragraph] = value;
    const field = FIELD_BY_KEY.get(looseKey(name));
    if (field !== undefined && details[field] === undefined) details[field] = value;
  }
  return Object.keys(paragraphs).length > 0 ? { ...details, paragraphs } : details;
}

/**
 * The details with `override`'s fields (the command line's options) taking precedence over `base`'s.
 *
 * @example mergeReportDetails({ committee: "A" }, { committee: "B" }).committee // "B"
 */
export function mergeReportDetails(base: ReportDetails, override: ReportDetails): ReportDetails {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) if (value !== undefined) merged[key] = value;
  return merged as ReportDetails;
}
