import type { IsoDate } from "./grid";
import type {
  Addressee,
  PlannedReview,
  Recommendation,
  RecommendationId,
  ReportSymbol,
  Status,
} from "./model";

export type StatusCounts = Readonly<Record<Status, number>>;

export interface YearStatusRow extends StatusCounts {
  readonly year: number;
  readonly addressee: Addressee;
}

export interface ClosureGroup {
  readonly report: ReportSymbol;
  /** In their natural order (3 < 3(a) < 10, unnumbered last); legislative and executive-head merged. */
  readonly recommendations: readonly RecommendationId[];
}

export interface ActiveReport {
  readonly report: ReportSymbol;
  readonly title: string;
  readonly link: string | null;
  readonly legislative: number;
  readonly executiveHead: number;
  readonly cebComments: string | null;
  readonly otherDocuments: string | null;
  /** The words shown for the CEB-comments link, when the register gives them. */
  readonly cebCommentsText?: string | null;
  /** The words shown for the other-documents link, when the register gives them. */
  readonly otherDocumentsText?: string | null;
}

export interface Rates {
  /** accepted / (all - not relevant - under consideration); null when the denominator is 0. */
  readonly acceptance: number | null;
  /** implemented / accepted; null when nothing is accepted. */
  readonly implementation: number | null;
  readonly total: number;
  readonly accepted: number;
  readonly implemented: number;
}

export type TimelinessOutcome = "onTime" | "late" | "pending" | "overdue";

export interface Timeliness {
  readonly onTime: number;
  readonly late: number;
  /** Not answered yet and not yet due. */
  readonly pending: number;
  /** Not answered and past due as of the date. */
  readonly overdue: number;
}

export interface Summary {
  readonly asOf: IsoDate;
  readonly organization: string | null;
  /** Rows that parsed into a usable recommendation (report, number, addressee and acceptance known). */
  readonly total: number;
  readonly outstanding: { readonly legislative: number; readonly executiveHead: number };
  /** Newest report first (year, then number). Paragraph 10 of the seed. */
  readonly proposedForClosure: readonly ClosureGroup[];
  /** Reports with at least one outstanding recommendation, newest first. Annex III. */
  readonly activeReports: readonly ActiveReport[];
  /** Newest year first, legislative before executive head. Figures 1 and 2. */
  readonly byYear: readonly YearStatusRow[];
  readonly rates: {
    readonly overall: Rates;
    readonly legislative: Rates;
    readonly executiveHead: Rates;
  };
  readonly plannedReviews: readonly PlannedReview[];
  /** null when the workbook has no Requests sheet. */
  readonly timeliness: Timeliness | null;
  /** What changed since the last report: each change of status, and the counts member states ask for. */
  readonly changes: ChangesSinceLastReport;
  /**
   * Outstanding recommendations per reporting cycle, oldest first: the History's cycles up to the as-of
   * date, then this one (from the register). null when the workbook has no History sheet.
   */
  readonly outstandingTrend: readonly OutstandingTrendPoint[] | null;
}

/**
 * Where the statuses of the last report come from: the register's previous-status columns (they win: the
 * annex's change notes and the closure list read them too), else the History sheet's last cycle up to the
 * as-of date; "none" when the workbook has neither, and what changed is not known.
 */
export type ChangeBasis = "previousColumns" | "history" | "none";

/** One recommendation whose status is not what the last report said. */
export interface StatusChange {
  readonly report: ReportSymbol;
  readonly recommendation: RecommendationId;
  readonly addressee: Addressee;
  /** The register's worksheet row. */
  readonly row: number;
  /** The status in the last report; null when the recommendation was not in it (reported for the first time). */
  readonly from: Status | null;
  readonly to: Status;
}

export interface ChangesSinceLastReport {
  readonly basis: ChangeBasis;
  /** The History cycle compared with, when the basis is "history". */
  readonly previousAsOf: IsoDate | null;
  /** Every recommendation whose status changed (from ≠ to), newest report first, identifiers in order. */
  readonly changes: readonly StatusChange[];
  /** Implemented now and not in the last report (new recommendations included); null when the basis is "none". */
  readonly newlyImplemented: number | null;
  /** Accepted now (implemented, in progress or not started) and not in the last report; null when unknown. */
  readonly newlyAccepted: number | null;
  /** Outstanding now, from a report five years old or more (as warning W04 counts them). */
  readonly outstandingFiveYearsOrMore: number;
}

/** The outstanding counts of one reporting cycle. */
export interface OutstandingTrendPoint {
  readonly asOf: IsoDate;
  readonly legislative: number;
  readonly executiveHead: number;
}

/** The recommendations each annex shows, in the seed's order. */
export interface AnnexYearGroup {
  readonly year: number;
  readonly reports: readonly AnnexReportGroup[];
}

export interface AnnexReportGroup {
  readonly report: ReportSymbol;
  readonly title: string;
  readonly link: string | null;
  readonly recommendations: readonly Recommendation[];
}
