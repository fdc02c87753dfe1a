export type { History, HistoryColumnId, HistoryCycle, HistoryProblem, HistoryRow } from "./types";
export {
  HISTORY_COLUMNS,
  HISTORY_HEADERS,
  HISTORY_SHEET_NAME,
  HISTORY_SHEET_NAMES,
  isHistorySheetName,
  matchHistoryHeader,
  type HistoryHeaderLanguage,
} from "./headers";
export { readHistory } from "./read-history";
export {
  cycleRowsByKey,
  hasHistoryCycle,
  historyCycleDates,
  historyKey,
  lastCycleByKey,
  lastHistoryCycle,
} from "./cycles";
