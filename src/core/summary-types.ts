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
