import type { GridSheet, WorkbookGrid } from "../core/grid";
import type { XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import { withMarkers, type SheetOutline, type WorkbookOutline } from "./outline";
import { readBelow } from "./read-below";
import { readRemainingBlocks } from "./read-blocks";
import { readOthers, readOutlineAndFocus, readShaped } from "./read-first";
import { retryWithExtents, toGrid, type Mode, type SheetRead, type TableRead } from "./sheet-read";

export { LAST_ROW_READ } from "./sheet-read";

/** The sheet read with the outline, complete: a caller may queue more reads on it for the second round trip. */
export interface FocusSheet {
  readonly sheet: GridSheet;
  readonly proxy: XlWorksheet;
}

/** A sheet about to be read, for loads that go with it (its conditional formats, say). */
export interface SheetToRead {
  readonly name: string;
  readonly proxy: XlWorksheet;
}

/**
 * The sheets and tables an earlier read found. Given back, it lets the next read ask for everything in
 * its first round trip, by name; if the workbook changed meanwhile, the read carries on as without it.
 */
export interface WorkbookShape {
  /** The register's sheet. */
  readonly focus: string;
  /** The other sheets read (not the add-in's). */
  readonly others: readonly string[];
  /** The tables on those sheets. */
  readonly tables: readonly string[];
}

/**
 * The top rows of the workbook's first sheet, read with the first round trip, where a register's header
 * row must be. When the active sheet is not the register (the user is looking at a generated sheet, say),
 * they still tell which columns of the first sheet may need their hyperlinks read with its cells.
 */
export interface HeaderRows {
  readonly sheet: string;
  /** The used cells of rows 1 to HEADER_SEARCH_ROWS. */
  readonly rows: readonly (readonly unknown[])[];
  /** 0-based worksheet column of `rows[i][0]`. */
  readonly column: number;
}

export interface ReadWorkbookOptions<E, F = undefined> {
  /** The host's cap on one response (Excel on the web: 5 MB); null for none (desktop Excel). */
  readonly responseLimitBytes: number | null;
  /** What the last read found (`WorkbookRead.shape`); without it, the active sheet is read first. */
  readonly shape?: WorkbookShape | null;
  /** More loads to send with the sheets' cells (the add-in's conditional formats, say). */
  readonly extras?: (context: XlRequestContext, sheets: readonly SheetToRead[]) => E;
  /** Reads of the focus sheet (the register's hyperlinks, say) that go with the cells' round trips. */
  readonly alongside?: AlongsideReads<F>;
  /** Called after each round trip. */
  readonly onSync?: () => void;
}

/**
 * Reads that depend on the focus sheet (the register's, or the sheet read first), queued with a round
 * trip the read makes anyway. Each returns what to call after it, or null when it has nothing to read.
 */
export interface AlongsideReads<F> {
  /** The focus sheet was read whole with the first round trip: queue reads on its cells with the second. */
  fromFocus(focus: FocusSheet): F | null;
  /** With a shape: queue such reads in the first round trip, on the focus sheet's used range. */
  fromShape(proxy: XlWorksheet, used: XlRange): F | null;
  /**
   * When the sheet read first did not serve `fromFocus` and the first sheet is read with the second round
   * trip: queue such reads there, on that sheet's used range, from its header rows.
   */
  fromHeaders(headers: HeaderRows, proxy: XlWorksheet, used: XlRange): F | null;
}

export interface WorkbookRead<E, F = undefined> {
  readonly outline: WorkbookOutline;
  readonly grid: WorkbookGrid;
  /** Every sheet read, by name: the register is one of them. */
  readonly sheets: readonly SheetOutline[];
  readonly extra: E;
  /** What `alongside` returned, when the focus sheet was read whole in time. */
  readonly focus: F | null;
  /** What this read found, for the next one (its focus is still the sheet read first: set it to the register's). */
  readonly shape: WorkbookShape;
  /** Sheets whose cells go on too far below LAST_ROW_READ to be read: none can hold a usable register. */
  readonly cut: readonly CutSheet[];
}

export interface CutSheet {
  readonly sheet: string;
  /** The last cell of the sheet's used range, e.g. "Q1048576". */
  readonly lastCell: string;
}

/**
 * Reads every sheet the add-in did not make, as the core's `WorkbookGrid`, in a fixed number of round
 * trips where responses are not capped. Without a shape: one for the outline and the active sheet, one
 * for the other sheets, the tables and whatever the caller adds (the register's hyperlinks, say). With
 * the shape an earlier read found, and a workbook that still has it: one for all of it.
 * Values come with number formats, so that dates are dates. Where responses are capped at 5 MB (Excel on
 * the web), a large register cannot come back at once: the first round trips bring the used ranges and
 * their first rows, and the rest follows in blocks sized from what the first rows weighed (about one round
 * trip per 4 MB of cells). If a response is refused as too large, reading falls back to blocks.
 */
export async function readWorkbook<E, F = undefined>(
  context: XlRequestContext,
  options: ReadWorkbookOptions<E, F>,
): Promise<WorkbookRead<E, F>> {
  const preferred: Mode = options.responseLimitBytes === null ? "all" : "probe";
  const shaped = options.shape ? await readShaped(context, options, options.shape, preferred) : null;
  if (shaped?.complete) {
    options.onSync?.();
    return finish(context, options, shaped);
  }
  const first: { outline: WorkbookOutline; reads: SheetRead[]; headers?: HeaderRows | null } =
    shaped ?? (await retryWithExtents(preferred, (mode) => readOutlineAndFocus(context, mode)));
  options.onSync?.();
  const { outline } = first;
  const ours = (name: string) => outline.roleOf(name) !== null;
  const focus = first.reads[0] && !ours(first.reads[0].name) ? first.reads[0] : null;
  const complete = focus !== null && focus.extent !== null && focus.rowsRead === focus.extent.rowCount;
  const others = outline.sheets.filter((sheet) => !ours(sheet.name) && sheet.name !== focus?.name);
  const second = await retryWithExtents(preferred, (mode) =>
    readOthers(context, options, {
      outline,
      sheets: others,
      mode,
      focus,
      focusComplete: complete,
      headers: first.headers ?? null,
    }),
  );
  options.onSync?.();
  // Sheets the .xlsx writer of earlier versions marked as generated are known only now: leave them out.
  const known = withMarkers(outline, second.markers);
  const reads = [...(focus ? [focus] : []), ...second.reads].filter(
    (read) => known.roleOf(read.name) === null,
  );
  const tables = second.tables.filter((entry) => known.roleOf(entry.sheet) === null);
  return finish(context, options, {
    outline: known,
    reads,
    tables,
    extra: second.extra,
    focus: second.focus,
  });
}

/** What the first round trips found, before the rest of the rows are read. */
interface Found<E, F> {
  readonly outline: WorkbookOutline;
  readonly reads: SheetRead[];
  readonly tables: readonly TableRead[];
  readonly extra: E;
  readonly focus: F | null;
}

/** Reads the rows the first round trips left, and those below LAST_ROW_READ; the grid in sheet order. */
async function finish<E, F>(
  context: XlRequestContext,
  options: ReadWorkbookOptions<E, F>,
  { outline, reads, tables, extra, focus }: Found<E, F>,
): Promise<WorkbookRead<E, F>> {
  const onSync = () => options.onSync?.();
  await readRemainingBlocks(context, reads, options.responseLimitBytes, onSync);
  const cut = await readBelow(context, reads, onSync);
  const first = reads[0]?.name ?? "";
  const order = new Map(outline.sheets.map((sheet, index) => [sheet.name.toUpperCase(), index]));
  const sorted = [...reads].sort(
    (a, b) => (order.get(a.name.toUpperCase()) ?? 0) - (order.get(b.name.toUpperCase()) ?? 0),
  );
  const sheets = outline.sheets.filter((sheet) => outline.roleOf(sheet.name) === null);
  return {
    outline,
    grid: toGrid(sorted, tables),
    sheets,
    extra,
    focus,
    shape: {
      focus: first,
      others: sheets.map((sheet) => sheet.name).filter((name) => name !== first),
      tables: tables.map((entry) => entry.table.name),
    },
    cut,
  };
}
