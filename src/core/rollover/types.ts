import type { CellValue, IsoDate } from "../grid";
import type { ColumnId } from "../model";
import type { HistoryLanguage } from "./history-format";
import type { HistoryProblem } from "../history";

/** Cells to write in one worksheet column, each at its 1-based row. */
export interface ColumnWrite {
  /** 1-based worksheet column. */
  readonly column: number;
  readonly cells: readonly { readonly row: number; readonly value: CellValue }[];
}

/** A previous-status column the roll-over adds at the register's right (after its last column). */
export interface CreatedColumn {
  readonly id: ColumnId;
  /** 1-based worksheet column. */
  readonly column: number;
  readonly header: string;
}

/** The rows this cycle adds to the History sheet, written from column A. */
export interface HistoryAppend {
  readonly sheet: string;
  /** The sheet does not exist yet: it is added after the workbook's last sheet. */
  readonly createSheet: boolean;
  /** Worksheet row of `rows[0]` (1 when the header is written). */
  readonly firstRow: number;
  /** The header row (when written) then one row per recommendation; column A holds date cells. */
  readonly rows: readonly (readonly CellValue[])[];
  /** How many of `rows` are recommendations (the header excluded). */
  readonly recommendationRows: number;
}

/**
 * Every cell a roll-over changes, as data: the writers (.xlsx copy, Excel batch) apply it and change
 * nothing else. Columns are created first, then values written; History is appended as described.
 */
export interface RolloverPlan {
  readonly asOf: IsoDate;
  readonly language: HistoryLanguage;
  readonly register: {
    readonly sheet: string;
    readonly table: string | null;
    readonly headerRow: number;
    /** The last worksheet row of the register's data (a table's last data row). */
    readonly lastRow: number;
    /** The register's table shows a totals row (below `lastRow`): a column added to it has a cell there. */
    readonly totalsRow: boolean;
  };
  readonly history: HistoryAppend;
  readonly createdColumns: readonly CreatedColumn[];
  /** Previous statuses copied from the current ones, and "assessment updated" cleared: changed cells only. */
  readonly registerWrites: readonly ColumnWrite[];
  /** With the archive option: the closed rows moved to the Archive sheet (null without it, or none closed). */
  readonly archive: ArchivePlan | null;
  readonly counts: RolloverCounts;
}

/**
 * The archive option's move: the register's header row then each closed row is copied (values and formats)
 * to the Archive sheet from `firstRow`, column A on; then those rows are removed from the register.
 */
export interface ArchivePlan {
  readonly sheet: string;
  readonly createSheet: boolean;
  /** Archive sheet row of `values[0]`. */
  readonly firstRow: number;
  /** 1 when the register's header row is copied first (a new or empty Archive sheet), else 0. */
  readonly headerRows: number;
  readonly sourceHeaderRow: number;
  /** The register's columns copied: 1-based worksheet columns, inclusive (created previous columns excluded). */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The register's worksheet rows moved, ascending. */
  readonly registerRows: readonly number[];
  /** The header (when copied) then each moved row's cells as read, before this roll-over's writes. */
  readonly values: readonly (readonly CellValue[])[];
}

export interface RolloverCounts {
  readonly recommendations: number;
  /** Register cells whose value changes (previous statuses and "assessment updated"). */
  readonly previousValuesChanged: number;
  readonly assessmentUpdatedCleared: number;
  /** Rows moved to the Archive sheet (0 without the archive option). */
  readonly archived: number;
}

/** Why a roll-over is not done; the edge renders each from the label table. */
export type RolloverRefusal =
  | { readonly code: "registerHasErrors"; readonly errors: number }
  /** Missing columns, or rows whose cycle is not a date: the sheet is never written over. */
  | {
      readonly code: "historyUnreadable";
      readonly sheet: string;
      readonly problems: readonly HistoryProblem[];
    }
  | { readonly code: "alreadyRolledOver"; readonly asOf: IsoDate; readonly sheet: string }
  | { readonly code: "asOfBeforeLastCycle"; readonly asOf: IsoDate; readonly lastCycle: IsoDate }
  /** Needs the person's confirmation: the register's previous statuses are not History's last cycle's. */
  | {
      readonly code: "previousDiffersFromHistory";
      readonly lastCycle: IsoDate;
      readonly rows: readonly number[];
      readonly sheet: string;
    }
  | { readonly code: "noRoomForColumns"; readonly sheet: string; readonly column: number }
  /** The archive option deletes whole rows: a value beside the register on one would go with it. */
  | {
      readonly code: "archivedRowHoldsOtherCells";
      readonly sheet: string;
      readonly row: number;
      readonly column: number;
    };

export type RolloverOutcome =
  | { readonly ok: true; readonly plan: RolloverPlan }
  | { readonly ok: false; readonly refusal: RolloverRefusal };

export interface RolloverOptions {
  /** The person confirmed rolling over although previous statuses differ from History's last cycle. */
  readonly confirmed?: boolean;
  /** Move closed recommendations (approved by the governing body) to an Archive sheet. */
  readonly archiveClosed?: boolean;
}
