/** The generated sheets as data: pure builders from a register and its summary to `SheetLayout`s. */
export { layoutSummarySheet } from "./summary-sheet";
export { layoutAnnexes } from "./annexes";
export { layoutRecommendationAnnex } from "./annex-recommendations";
export { layoutActiveReportsAnnex, countsText } from "./annex-active-reports";
export { decisionText } from "./decision-text";
export { outstandingSentence } from "./summary-sections";
export { figureStatuses, figureTitle, STATUS_COLUMNS } from "./summary-figure";
export { changeNote, changeNoteText, type ChangeNote } from "./change-note";
export { changeCells, changeCounts, changesBasisText } from "./summary-changes";
export { trendTitle } from "./summary-trend";
export { sheetName } from "./sheet-names";
export { httpAddress } from "./hyperlinks";
export type * from "./model";
