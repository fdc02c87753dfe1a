export { planRollover } from "./plan";
export { readHistory, type HistoryEntry, type HistoryProblem, type HistoryRead } from "./history-read";
export {
  ARCHIVE_SHEET_NAMES,
  HISTORY_COLUMNS,
  HISTORY_HEADERS,
  HISTORY_SHEET_NAMES,
  isHistorySheetName,
  type HistoryColumnId,
  type HistoryLanguage,
} from "./history-format";
export type * from "./types";
