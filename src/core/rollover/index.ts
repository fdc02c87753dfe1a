export { planRollover } from "./plan";
export { historySheetName, type HistoryLanguage } from "./history-format";
export type * from "./types";
