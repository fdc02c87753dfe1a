import type { CellValue, IsoDate } from "./grid";
import type { History } from "./history/types";
import type { Vocabulary } from "./vocabulary/vocabulary";

/** Stable ids of the register's columns. Header texts (English, Chinese) map onto these. */
export type ColumnId =
  | "organization"
  | "reportSymbol"
  | "reportTitle"
  | "reportLink"
  | "recommendationNumber"
  | "addressee"
  | "recommendationText"
  | "assessment"
  | "acceptance"
  | "implementation"
  /** One status column instead of acceptance and implementation ("Partially implemented", "Closed"). */
  | "status"
  | "previousAcceptance"
  | "previousImplementation"
  | "previousStatus"
  | "assessmentUpdated"
  | "responsible"
  | "deadline"
  | "lastUpdated"
  | "cebComments"
  | "otherDocuments";

export type Addressee = "legislative" | "executiveHead";
/** "closed": closed without a stated reason (a register's "Closed"); counted as closed, and shown as such. */
export type Acceptance = "accepted" | "notAccepted" | "underConsideration" | "notRelevant" | "closed";
export type Implementation = "implemented" | "inProgress" | "notStarted";

/** The one status a recommendation is counted under in Figures 1 and 2. */
export type Status =
  | "implemented"
  | "inProgress"
  | "notStarted"
  | "underConsideration"
  | "notAccepted"
  | "notRelevant"
  | "closed";

/** Closed: Implemented, Not accepted, Not relevant or Closed. Outstanding: everything else that is known. */
export type Standing = "closed" | "outstanding";

export type ReportKind = "REP" | "NOTE" | "ML";

/** A parsed JIU symbol such as JIU/REP/2021/6 (or JIU/REP/98/3 before 2000). */
export interface ReportSymbol {
  readonly kind: ReportKind;
  /** Four-digit year of the review; two-digit symbols are expanded (98 -> 1998). */
  readonly year: number;
  readonly number: number;
  /** The symbol in canonical form, e.g. "JIU/REP/2021/6" or "JIU/REP/98/3" (as the JIU writes it). */
  readonly text: string;
}

/**
 * A recommendation's identifier as the JIU writes it: "4", "3(a)", "3.1", "4 bis", "(b)", or an unnumbered
 * ("informal", "soft") recommendation of the report.
 */
export interface RecommendationId {
  /** As written, with spaces folded: "3(a)", "4 bis", "Informal recommendations". */
  readonly text: string;
  /** What two rows must share to be the same recommendation: the text without spaces, in lower case. */
  readonly key: string;
  /** The parts the natural order compares: numbers, and words ("a", "bis"); empty when unnumbered. */
  readonly parts: readonly (number | string)[];
  /** An unnumbered (informal, soft) recommendation: after the numbered ones. */
  readonly unnumbered: boolean;
}

/** Where a column was found: its 0-based index in the sheet's cells and its header as written. */
export interface ColumnRef {
  readonly index: number;
  readonly header: string;
  /** 1-based worksheet column number (origin column + index), for findings and cell selection. */
  readonly columnNumber?: number;
}

/** One typed recommendation. A field the parser could not read is null; validation says why. */
export interface Recommendation {
  /** Worksheet row number as Excel shows it (1-based). */
  readonly row: number;
  readonly organization: string | null;
  readonly report: ReportSymbol | null;
  readonly reportTitle: string;
  readonly reportLink: string | null;
  readonly number: RecommendationId | null;
  readonly addressee: Addressee | null;
  /**
   * The organization's own word for the addressee, as written, when it names a particular body or official
   * ("Coordination Committee", "Director-General") or comes from the Vocabulary sheet: the generated sheets
   * print it. Absent or null for the generic words ("Legislative body").
   */
  readonly addresseeName?: string | null;
  readonly text: string;
  readonly assessment: string;
  readonly acceptance: Acceptance | null;
  /** True when the acceptance was left blank and is read as Accepted because an implementation is given. */
  readonly acceptanceInferred?: boolean;
  /** null when blank (or "Not applicable") or unreadable; `cells.implementation` tells which. */
  readonly implementation: Implementation | null;
  /** undefined: the register has no previous columns, so the previous status is unknown. */
  readonly previousAcceptance: Acceptance | null | undefined;
  readonly previousImplementation: Implementation | null | undefined;
  /**
   * True when the register records previous statuses but this row's are all blank: the recommendation is
   * reported for the first time (a new JIU report).
   */
  readonly firstReport?: boolean;
  readonly assessmentUpdated: boolean;
  readonly responsible: string;
  readonly deadline: IsoDate | null;
  readonly lastUpdated: IsoDate | null;
  readonly cebComments: string | null;
  readonly otherDocuments: string | null;
  /** The words a hyperlinked CEB-comments cell shows ("CEB comments and the JIU's response"), when they differ from its address. */
  readonly cebCommentsText?: string | null;
  /** The words a hyperlinked other-documents cell shows ("Report highlights"), when they differ from its address. */
  readonly otherDocumentsText?: string | null;
}

/** A data row: the typed recommendation and the raw cells it came from (for messages). */
export interface RegisterRow {
  readonly recommendation: Recommendation;
  readonly cells: Readonly<Partial<Record<ColumnId, CellValue>>>;
}

export type PlannedReviewColumnId = "code" | "title" | "workPlanYear";
export type RequestColumnId = "reviewCode" | "kind" | "received" | "due" | "answered";

/** A planned JIU review (the seed's Table 2). */
export interface PlannedReview {
  readonly row: number;
  readonly code: string;
  readonly title: string;
  readonly workPlanYear: number | null;
  /** The raw cells, for validation messages (set by the parser). */
  readonly cells?: Readonly<Partial<Record<PlannedReviewColumnId, CellValue>>>;
}

export type RequestKind = "questionnaire" | "interview" | "survey" | "draftComments";

/** A JIU request for input (the seed's Table 1, timeliness of responses). */
export interface JiuRequest {
  readonly row: number;
  readonly reviewCode: string;
  readonly kind: RequestKind | null;
  readonly received: IsoDate | null;
  readonly due: IsoDate | null;
  readonly answered: IsoDate | null;
  /** The raw cells, for validation messages (set by the parser). */
  readonly cells?: Readonly<Partial<Record<RequestColumnId, CellValue>>>;
}

export interface Register {
  readonly sheet: string;
  /** Set when the register is an Excel table (ListObject). */
  readonly table: string | null;
  /** Worksheet row of the header. */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<ColumnId, ColumnRef>>>;
  readonly rows: readonly RegisterRow[];
  /** From an optional "Planned reviews" sheet; empty when the workbook has none. */
  readonly plannedReviews: readonly PlannedReview[];
  readonly plannedReviewsSheet: string | null;
  /** Where the planned-reviews columns were found (for findings on that sheet). */
  readonly plannedReviewsColumns?: Readonly<Partial<Record<PlannedReviewColumnId, ColumnRef>>>;
  /** From an optional "Requests" sheet; empty when the workbook has none. */
  readonly requests: readonly JiuRequest[];
  readonly requestsSheet: string | null;
  /** Where the requests columns were found (for findings on that sheet). */
  readonly requestsColumns?: Readonly<Partial<Record<RequestColumnId, ColumnRef>>>;
  /**
   * Other places that also hold a complete register header (another sheet, another table), in workbook order.
   * The parser reads one register; validation tells the person about the others. Absent or empty when none.
   */
  readonly otherRegisters?: readonly RegisterPlace[];
  /**
   * The words the register was read with: the built-in words and the organization's own, from its
   * Vocabulary sheet. Absent: the built-in words alone.
   */
  readonly vocabulary?: Vocabulary;
  /**
   * The History sheet (one row per recommendation per past reporting cycle), read with the register's
   * words. Absent or null when the workbook has none.
   */
  readonly history?: History | null;
}

/** Where a register header was found. */
export interface RegisterPlace {
  readonly sheet: string;
  readonly table: string | null;
  readonly headerRow: number;
}
