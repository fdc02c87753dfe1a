import type { Finding } from "../core/findings";
import type { IsoDate, WorkbookGrid } from "../core/grid";
import type { Register } from "../core/model";
import type { SheetLayout } from "../layout/model";

/**
 * The ports the session (session.ts) drives: data in, data out, no decisions. The Office.js adapter
 * (src/excel/excel-ports.ts) and the .xlsx adapter (src/xlsx/xlsx-ports.ts) implement them; tests hand
 * the session fakes over hand-made grids.
 */

/**
 * Reads the workbook's grid. `M` is what the reader learnt about the workbook (its sheets, where the
 * register is) and wants back next time, to read it in fewer round trips; the session keeps it.
 */
export interface GridReader<M> {
  read(request: GridRequest<M>): Promise<GridRead<M>>;
}

export interface GridRequest<M> {
  /** What `settle` returned last time, or null. */
  readonly memory: M | null;
  /** The action then writes or clears marks: a reader may fetch what that needs with the cells. */
  readonly forMarks: boolean;
  /** Called after each round trip. */
  readonly onRoundTrip?: () => void;
}

export interface GridRead<M> {
  readonly grid: WorkbookGrid;
  /** Sheets the reader could not read whole: none can hold a usable register. */
  readonly cut: readonly CutSheet[];
  /**
   * Called with the register found in `grid`: the reader completes what it read in advance for it and
   * says which of its cells are still unknown.
   */
  settle(register: Register): SettledRead<M>;
}

export interface CutSheet {
  readonly sheet: string;
  /** The last cell of the sheet's used range, e.g. "Q1048576". */
  readonly lastCell: string;
  /** The last worksheet row read. */
  readonly lastRowRead: number;
}

export interface SettledRead<M> {
  /** The grid completed with what was read in advance (hyperlinks), when that changed it; else null. */
  readonly grid: WorkbookGrid | null;
  /** Cells of the register not read yet; null when the grid is complete. */
  readonly pending: PendingCells | null;
  /** For the next read. */
  readonly memory: M;
}

/**
 * Register cells whose content a first read could not bring: in Excel, link cells that show text, whose
 * hyperlinks cost a request of their own. Findings on them may change once they are known.
 */
export interface PendingCells {
  /** Whether the finding may not hold once the cells are known. */
  mayChange(finding: Finding): boolean;
  /** Reads them; gives the complete grid. */
  read(): Promise<WorkbookGrid>;
}

/** Writes generated sheets from their layouts; `W` says what was written (names, any renamed). */
export interface SheetWriter<W> {
  write(layouts: readonly SheetLayout[], onBatch?: (done: number, total: number) => void): Promise<W>;
}

/** A validated register, as marks and Check as I type need it. */
export interface Validated {
  readonly grid: WorkbookGrid;
  readonly register: Register;
  readonly findings: readonly Finding[];
  readonly asOf: IsoDate;
}

/** Marks findings in the workbook (Excel: conditional formats over a hidden mask sheet). */
export interface MarkWriter {
  /** Replaces the marks of earlier validations (and any this action wrote) with these findings' marks. */
  write(validated: Validated): Promise<void>;
  /**
   * Optional capability: write the marks and read the pending cells in one request (one round trip less
   * than `write` then `pending.read()`). Gives the complete grid.
   */
  writeAndRead?(validated: Validated, pending: PendingCells): Promise<WorkbookGrid>;
  /** Removes every mark (a register that no longer reads must not keep marks pointing at it). */
  clear(): Promise<void>;
  /** The marks written last are final for this validation (Excel: Check as I type starts from them). */
  settled?(validated: Validated): Promise<void>;
}

/** Every port of one action; an action uses those it needs. */
export interface RegisterPorts<M, W = unknown> {
  readonly reader: GridReader<M>;
  readonly sheets?: SheetWriter<W>;
  readonly marks?: MarkWriter;
}
