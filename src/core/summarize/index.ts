/** The status summary and the annex selection: pure functions of a parsed register. */
export { summarize } from "./summarize";
export { annexContents, annexContentsByAddressee, belongsInAnnex } from "./annex";
export { isProposedForClosure, proposedForClosure } from "./closure";
export { activeReports } from "./active-reports";
export { countByYear, STATUSES } from "./by-year";
export { countOutstanding, type OutstandingCounts } from "./outstanding";
export { computeRates } from "./rates";
export { countTimeliness, timelinessOf } from "./timeliness";
export { reportFacts, type ReportFacts } from "./report-facts";
export { newestReportFirst, reportKey } from "./report-order";
export {
  isUsable,
  skippedRows,
  usableRecommendations,
  type CountedField,
  type SkippedRow,
  type UsableRecommendation,
} from "./usable";
export { changesSinceLastReport } from "./changes";
export { outstandingTrend } from "./trend";
