import type { CellValue, IsoDate } from "../grid";
import type {
  Acceptance,
  Addressee,
  ColumnRef,
  Implementation,
  RecommendationId,
  ReportSymbol,
} from "../model";
import type { FindingMessage } from "../validate/message-params";

/**
 * The History sheet's columns, in the order the roll-over writes them (header row 1): Cycle as of, Report,
 * Recommendation, Addressee, Acceptance, Implementation, Assessment, Responsible.
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

/** One recommendation as it stood in one reporting cycle. A field that could not be read is null. */
export interface HistoryRow {
  /** Worksheet row as Excel shows it (1-based). */
  readonly row: number;
  /** The cycle's as-of date; null when the cell is blank or not a date (a problem says so). */
  readonly cycle: IsoDate | null;
  readonly report: ReportSymbol | null;
  readonly recommendation: RecommendationId | null;
  readonly addressee: Addressee | null;
  readonly acceptance: Acceptance | null;
  readonly implementation: Implementation | null;
  readonly assessment: string;
  readonly responsible: string;
  /** The raw cells, as written. */
  readonly cells: Readonly<Partial<Record<HistoryColumnId, CellValue>>>;
}

/** The rows of one reporting cycle, in sheet order. */
export interface HistoryCycle {
  readonly asOf: IsoDate;
  readonly rows: readonly HistoryRow[];
}

/**
 * Something wrong with the History sheet as edited by hand: where (row, and column when one cell is at
 * fault) and what (a finding message). Validation reports each one (W13 for the sheet, W14 for a cell).
 */
export interface HistoryProblem {
  readonly scope: "sheet" | "cell";
  readonly row: number;
  readonly column: ColumnRef | undefined;
  readonly message: FindingMessage;
}

/** The History sheet, read. */
export interface History {
  readonly sheet: string;
  /** Worksheet row of the header (1 as the roll-over writes it). */
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<HistoryColumnId, ColumnRef>>>;
  /**
   * False when the header lacks columns: no row is read, and nothing may be appended until it is restored
   * (a problem says which columns are missing).
   */
  readonly complete: boolean;
  /** Every non-empty data row, in sheet order, including those whose cycle could not be read. */
  readonly rows: readonly HistoryRow[];
  /** Cycles by as-of date, oldest first; rows without a readable cycle are in none. */
  readonly cycles: readonly HistoryCycle[];
  /** The last worksheet row that holds anything (the header row when there is no data): appends go below. */
  readonly lastRow: number;
  readonly problems: readonly HistoryProblem[];
}
