import type { CellValue, GridSheet, GridTable, WorkbookGrid } from "../core/grid";
import { HEADER_SEARCH_ROWS, MAX_REGISTER_ROWS } from "../core/parse";
import { columnLetters } from "./a1";
import { toCellValue } from "./cell-values";
import { excelCode } from "./errors";
import type { XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import { readSheetMarkers, type Marker } from "./markers";
import { loadOutline, withMarkers, type SheetOutline, type WorkbookOutline } from "./outline";
import { RESPONSE_BUDGET_BYTES, RESPONSE_CAP_FILL } from "./payload";
import { ResponseWeights, rowWeights } from "./read-weights";

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
  /** Queues reads that depend on the focus sheet's cells (its hyperlinks, say) with the second round trip. */
  readonly withFocus?: (focus: FocusSheet) => F | null;
  /** With a shape: queues such reads in the first round trip, on the focus sheet's used range. */
  readonly withShapedFocus?: (proxy: XlWorksheet, used: XlRange) => F | null;
  /**
   * When the sheet read first did not serve `withFocus` and the first sheet is read with the second round
   * trip: queues such reads there, on that sheet's used range, from its header rows.
   */
  readonly withHeaders?: (headers: HeaderRows, proxy: XlWorksheet, used: XlRange) => F | null;
  /** Called after each round trip. */
  readonly onSync?: () => void;
}

export interface WorkbookRead<E, F = undefined> {
  readonly outline: WorkbookOutline;
  readonly grid: WorkbookGrid;
  /** Every sheet read, by name: the register is one of them. */
  readonly sheets: readonly SheetOutline[];
  readonly extra: E;
  /** What `withFocus` or `withShapedFocus` returned, when the focus sheet was read whole in time. */
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

/** Rows read with the first round trip where responses are capped; the rest follows in blocks. */
const PROBE_ROWS = 250;
/**
 * The last worksheet row (1-based) read as cells: a register's header lies within the top rows and it
 * has at most MAX_REGISTER_ROWS rows below. Below it, a sheet is only looked at for a few stray rows.
 */
export const LAST_ROW_READ = HEADER_SEARCH_ROWS + MAX_REGISTER_ROWS;
/** Excel's last row. */
const MAX_SHEET_ROWS = 1_048_576;
/**
 * Where responses are not capped, the first read takes the used range within these cells: no more than
 * Excel's five million a read may return (49 columns of 100,010 rows). A wider or taller sheet is read
 * in blocks, and below LAST_ROW_READ as described in readBelow.
 */
const FIRST_READ_AREA = `A1:AW${LAST_ROW_READ}`;
/** Cells below LAST_ROW_READ are read when they span at most this many rows (stray values); else refused. */
const STRAY_ROWS = 1_000;
/** Before anything was measured, assume this many response bytes per cell (values and number format). */
const FIRST_GUESS_BYTES_PER_CELL = 120;

type Mode = "all" | "probe" | "extents";

interface Extent {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

interface SheetRead {
  readonly name: string;
  readonly proxy: XlWorksheet;
  readonly extent: Extent | null;
  values: unknown[][];
  formats: unknown[][];
  /** Rows of `extent` read so far, from its top. */
  rowsRead: number;
}

/** The rows of a sheet's used range that are read in blocks: those down to LAST_ROW_READ. */
function rowsToRead(read: SheetRead): number {
  const extent = read.extent;
  return extent ? Math.max(0, Math.min(extent.rowCount, LAST_ROW_READ - extent.row)) : 0;
}

type TableRead = { readonly sheet: string; readonly table: GridTable };

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
    return finish(context, options, shaped.outline, shaped.reads, shaped.tables, shaped.extra, shaped.focus);
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
    readOthers(context, outline, others, mode, options, focus, complete, first.headers),
  );
  options.onSync?.();
  // Sheets the .xlsx writer of earlier versions marked as generated are known only now: leave them out.
  const known = withMarkers(outline, second.markers);
  const reads = [...(focus ? [focus] : []), ...second.reads].filter(
    (read) => known.roleOf(read.name) === null,
  );
  const tables = second.tables.filter((entry) => known.roleOf(entry.sheet) === null);
  return finish(context, options, known, reads, tables, second.extra, second.focus);
}

async function finish<E, F>(
  context: XlRequestContext,
  options: ReadWorkbookOptions<E, F>,
  outline: WorkbookOutline,
  reads: SheetRead[],
  tables: readonly TableRead[],
  extra: E,
  focus: F | null,
): Promise<WorkbookRead<E, F>> {
  await readRemainingBlocks(context, reads, options);
  const cut = await readBelow(context, reads, options);
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

/** The most cells below LAST_ROW_READ a sheet may have for them to be read. */
const STRAY_CELLS = 100_000;

/**
 * Cells below LAST_ROW_READ, where a register cannot be but a stray value often is (a sheet's used range
 * then reaches far down). One round trip finds the used cells down there, sheet by sheet; when they span
 * a few rows, a second reads them, so that a finding can name the stray row, as the CLI does. A sheet
 * with more is not read further: it is returned, to be refused if it turns out to hold the register.
 * Only sheets whose used range goes below LAST_ROW_READ cost these round trips.
 */
async function readBelow<E, F>(
  context: XlRequestContext,
  reads: readonly SheetRead[],
  options: ReadWorkbookOptions<E, F>,
): Promise<CutSheet[]> {
  const below = reads.filter(
    (read) => read.extent !== null && read.extent.row + read.extent.rowCount > LAST_ROW_READ,
  );
  if (below.length === 0) return [];
  const found = below.map((read) => {
    const range = read.proxy
      .getRange(`${LAST_ROW_READ + 1}:${MAX_SHEET_ROWS}`)
      .getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "rowCount"]);
    return { read, range };
  });
  await context.sync();
  options.onSync?.();
  const cut: CutSheet[] = [];
  const strays: { read: SheetRead; extent: Extent; row: number; block: XlRange }[] = [];
  for (const { read, range } of found) {
    const extent = read.extent as Extent;
    if (range.isNullObject) continue;
    if (range.rowCount > STRAY_ROWS || range.rowCount * extent.columnCount > STRAY_CELLS) {
      cut.push({ sheet: read.name, lastCell: lastCellOf(extent) });
      continue;
    }
    const block = read.proxy.getRangeByIndexes(
      range.rowIndex,
      extent.column,
      range.rowCount,
      extent.columnCount,
    );
    block.load(["values", "numberFormat"]);
    strays.push({ read, extent, row: range.rowIndex, block });
  }
  if (strays.length === 0) return cut;
  await context.sync();
  options.onSync?.();
  for (const { read, extent, row, block } of strays) {
    // The empty rows between stay empty rows of the grid, one shared array for all.
    while (read.values.length < row - extent.row) {
      read.values.push(NO_CELLS);
      read.formats.push(NO_CELLS);
    }
    read.values.push(...block.values);
    read.formats.push(...block.numberFormat);
  }
  return cut;
}

const NO_CELLS: unknown[] = [];
const NO_GRID_CELLS: readonly CellValue[] = [];

function lastCellOf(extent: Extent): string {
  return `${columnLetters(extent.column + extent.columnCount - 1)}${extent.row + extent.rowCount}`;
}

interface ShapedRead<E, F> {
  readonly outline: WorkbookOutline;
  readonly reads: SheetRead[];
  readonly tables: readonly TableRead[];
  readonly extra: E;
  readonly focus: F | null;
  /** The workbook still has the shape: everything needed was read. */
  readonly complete: boolean;
}

/**
 * The first round trip with a shape: outline, every sheet and table by name, the caller's loads. Any
 * failure (a sheet renamed since, say) returns null, and the read starts again as without a shape.
 */
async function readShaped<E, F>(
  context: XlRequestContext,
  options: ReadWorkbookOptions<E, F>,
  shape: WorkbookShape,
  mode: Mode,
): Promise<ShapedRead<E, F> | null> {
  try {
    const { worksheets, tables } = context.workbook;
    const sheets = [shape.focus, ...shape.others].map((name) => ({ name, proxy: worksheets.getItem(name) }));
    const used = sheets.map((sheet) => loadUsedRange(sheet.proxy, mode));
    const tableReads = shape.tables.map((name) => {
      const table = tables.getItem(name);
      table.load(["name", "showTotals"]);
      table.worksheet.load(["name"]);
      const range = table.getRange();
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      return { table, range };
    });
    const extra = options.extras ? options.extras(context, sheets) : (undefined as E);
    const [focusSheet] = sheets;
    const [focusUsed] = used;
    const focus =
      focusSheet && focusUsed && options.withShapedFocus
        ? options.withShapedFocus(focusSheet.proxy, focusUsed.range)
        : null;
    const outline = await loadOutline(context);
    const read = sheets.map((sheet, i) => sheetRead(sheet.name, sheet.proxy, used[i] as UsedRange));
    const found = tableReads.map(({ table, range }) =>
      tableRead(table.worksheet.name, table.name, table.showTotals, range),
    );
    return { outline, reads: read, tables: found, extra, focus, complete: sameShape(outline, shape) };
  } catch {
    return null;
  }
}

/** The sheets and tables the outline shows are those of the shape (names compared as Excel does). */
function sameShape(outline: WorkbookOutline, shape: WorkbookShape): boolean {
  const key = (names: readonly string[]) =>
    [...names]
      .map((name) => name.toUpperCase())
      .sort()
      .join("\u0000");
  const sheets = outline.sheets
    .filter((sheet) => outline.roleOf(sheet.name) === null)
    .map((sheet) => sheet.name);
  const tables = outline.tables
    .filter((table) => outline.roleOf(table.sheet) === null)
    .map((table) => table.name);
  return key(sheets) === key([shape.focus, ...shape.others]) && key(tables) === key(shape.tables);
}

function tableRead(sheet: string, name: string, showTotals: boolean, range: XlRange): TableRead {
  const extent = extentOf(range);
  return {
    sheet,
    table: {
      name,
      headerRow: extent.row + 1,
      firstColumn: extent.column + 1,
      lastRow: extent.row + extent.rowCount,
      lastColumn: extent.column + extent.columnCount,
      hasTotalsRow: showTotals,
    },
  };
}

/** Tries a read; if the host refuses the response as too large, tries again reading sizes only. */
async function retryWithExtents<T>(mode: Mode, read: (mode: Mode) => Promise<T>): Promise<T> {
  try {
    return await read(mode);
  } catch (error) {
    if (mode === "extents" || excelCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    return read("extents");
  }
}

interface UsedRange {
  readonly range: XlRange;
  /** The top of the used range, read with its extent: all of it that FIRST_READ_AREA holds, or a probe. */
  readonly head: XlRange | null;
}

/**
 * Queues the used range's extent with, where responses are not capped, its cells within FIRST_READ_AREA,
 * or else its first rows: the extent is not known before the sync, and asking for more than five million
 * cells would fail (or, Microsoft warns, come back null).
 */
function loadUsedRange(proxy: XlWorksheet, mode: Mode): UsedRange {
  const range = proxy.getUsedRangeOrNullObject(true);
  range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const area = mode === "all" ? FIRST_READ_AREA : mode === "probe" ? `1:${PROBE_ROWS}` : null;
  const head = area === null ? null : range.getIntersectionOrNullObject(area);
  head?.load(["rowIndex", "rowCount", "columnCount", "values", "numberFormat"]);
  return { range, head };
}

function sheetRead(name: string, proxy: XlWorksheet, used: UsedRange): SheetRead {
  const { range, head } = used;
  if (range.isNullObject) return { name, proxy, extent: null, values: [], formats: [], rowsRead: 0 };
  const extent = extentOf(range);
  const read: SheetRead = { name, proxy, extent, values: [], formats: [], rowsRead: 0 };
  // Rows are read whole, from the top: a head cut short on the right is read again in blocks.
  if (head && !head.isNullObject && head.rowIndex === extent.row && head.columnCount === extent.columnCount) {
    read.values = head.values;
    read.formats = head.numberFormat;
    read.rowsRead = head.rowCount;
  }
  return read;
}

async function readOutlineAndFocus(
  context: XlRequestContext,
  mode: Mode,
): Promise<{ outline: WorkbookOutline; reads: SheetRead[]; headers: HeaderRows | null }> {
  const proxy = context.workbook.worksheets.getActiveWorksheet();
  proxy.load(["name"]);
  const used = loadUsedRange(proxy, mode);
  const first = mode === "all" ? loadHeaderRows(context) : null;
  const outline = await loadOutline(context);
  // loadOutline's sync() brought the name: the lint rule cannot see through the call.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  return { outline, reads: [sheetRead(proxy.name, proxy, used)], headers: first?.() ?? null };
}

/** Queues the read of the first sheet's header rows; call the result after the sync. */
function loadHeaderRows(context: XlRequestContext): () => HeaderRows | null {
  const sheet = context.workbook.worksheets.getFirst();
  sheet.load(["name"]);
  const top = sheet.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(`1:${HEADER_SEARCH_ROWS}`);
  top.load(["columnIndex", "values"]);
  // Called after the caller's sync: the lint rules cannot see that across the returned function.
  // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
  return () => (top.isNullObject ? null : { sheet: sheet.name, rows: top.values, column: top.columnIndex });
}

interface SecondRead<E, F> {
  readonly reads: SheetRead[];
  readonly tables: readonly TableRead[];
  readonly extra: E;
  readonly focus: F | null;
  /** Legacy markers found among the sheets' own names. */
  readonly markers: readonly Marker[];
}

async function readOthers<E, F>(
  context: XlRequestContext,
  outline: WorkbookOutline,
  sheets: readonly SheetOutline[],
  mode: Mode,
  options: ReadWorkbookOptions<E, F>,
  focus: SheetRead | null,
  focusComplete: boolean,
  headers: HeaderRows | null = null,
): Promise<SecondRead<E, F>> {
  const used = sheets.map((sheet) => ({ sheet, used: loadUsedRange(sheet.proxy, mode) }));
  const tableRanges = outline.tables
    .filter((table) => outline.roleOf(table.sheet) === null)
    .map((table) => {
      const range = table.proxy.getRange();
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      return { table, range };
    });
  const all: SheetToRead[] = [...(focus ? [{ name: focus.name, proxy: focus.proxy }] : []), ...sheets];
  const extra = options.extras ? options.extras(context, all) : (undefined as E);
  const sheetNames = all.map((sheet) => {
    const names = sheet.proxy.names;
    names.load(["items/name", "items/formula"]);
    return { sheet: sheet.name, names };
  });
  const fromFocus =
    focus && focusComplete && options.withFocus
      ? options.withFocus({ sheet: toGridSheet(focus, []), proxy: focus.proxy })
      : null;
  const headed = headers ? used.find(({ sheet }) => sameSheet(sheet.name, headers.sheet)) : undefined;
  const withFocus =
    fromFocus ??
    (headers && headed && mode === "all" && options.withHeaders
      ? options.withHeaders(headers, headed.sheet.proxy, headed.used.range)
      : null);
  await context.sync();
  return {
    reads: used.map(({ sheet, used: range }) => sheetRead(sheet.name, sheet.proxy, range)),
    tables: tableRanges.map(({ table, range }) =>
      tableRead(table.sheet, table.name, table.showTotals, range),
    ),
    extra,
    focus: withFocus,
    markers: sheetNames.flatMap(({ sheet, names }) => readSheetMarkers(sheet, names.items)),
  };
}

function sameSheet(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

function extentOf(range: XlRange): Extent {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

interface Piece {
  readonly read: SheetRead;
  readonly rowCount: number;
  readonly cells: number;
  /** Its estimated response bytes. */
  readonly bytes: number;
  readonly range: XlRange;
}

/**
 * Reads what the first round trips left, in blocks of about 4 MB of response. Chunking is the point here,
 * so the sync sits in a loop on purpose.
 */
async function readRemainingBlocks<E, F>(
  context: XlRequestContext,
  reads: readonly SheetRead[],
  options: ReadWorkbookOptions<E, F>,
): Promise<void> {
  const weights = new ResponseWeights<SheetRead>(FIRST_GUESS_BYTES_PER_CELL);
  for (const read of reads)
    if (read.rowsRead > 0 && read.extent)
      weights.record(read, rowWeights(read.values, read.formats), read.extent.columnCount);
  // Fill a known cap nearly to the brim (the estimate is close); aim at 4 MB where none is known.
  const limit = options.responseLimitBytes;
  let budget = limit === null ? RESPONSE_BUDGET_BYTES / 1.1 : RESPONSE_CAP_FILL * limit;
  const pending = () => reads.filter((read) => read.rowsRead < rowsToRead(read));
  while (pending().length > 0) {
    // A first guess (no row measured yet) keeps the old margin: 0.96 / 1.32 is 0.8 of the cap, less 10%.
    const margin = weights.measured ? 1 : 1.32;
    const pieces = takePieces(
      pending(),
      budget,
      (read, columns) => weights.bytesPerRow(read, columns) * margin,
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB block
      await context.sync();
    } catch (error) {
      const single = pieces.length === 1 && pieces[0]?.rowCount === 1;
      if (excelCode(error) !== "ResponsePayloadSizeLimitExceeded" || single) throw error;
      // The host's cap is lower than thought, or these rows weigh more than most: halve what a block may weigh.
      budget = Math.max(1, pieces.reduce((sum, piece) => sum + piece.bytes, 0) / 2);
      continue;
    }
    for (const piece of pieces) {
      const values = piece.range.values;
      const formats = piece.range.numberFormat;
      piece.read.values.push(...values);
      piece.read.formats.push(...formats);
      piece.read.rowsRead += piece.rowCount;
      weights.record(piece.read, rowWeights(values, formats), piece.cells / piece.rowCount);
    }
    options.onSync?.();
  }
}

/** Queues the loads of the next rows of each sheet, up to about `budget` response bytes in all. */
function takePieces(
  reads: readonly SheetRead[],
  budget: number,
  bytesPerRow: (read: SheetRead, columns: number) => number,
): Piece[] {
  const pieces: Piece[] = [];
  let bytes = 0;
  for (const read of reads) {
    const extent = read.extent as Extent;
    const left = rowsToRead(read) - read.rowsRead;
    const rowBytes = bytesPerRow(read, extent.columnCount);
    const room = Math.floor((budget - bytes) / rowBytes);
    const rowCount = Math.min(left, Math.max(pieces.length === 0 ? 1 : 0, room));
    if (rowCount <= 0) break;
    const range = read.proxy.getRangeByIndexes(
      extent.row + read.rowsRead,
      extent.column,
      rowCount,
      extent.columnCount,
    );
    range.load(["values", "numberFormat"]);
    pieces.push({ read, rowCount, cells: rowCount * extent.columnCount, bytes: rowCount * rowBytes, range });
    bytes += rowCount * rowBytes;
  }
  return pieces;
}

function toGridSheet(read: SheetRead, tables: readonly GridTable[]): GridSheet {
  return {
    name: read.name,
    cells: read.values.map((row, i) =>
      row.length === 0 ? NO_GRID_CELLS : row.map((value, j) => toCellValue(value, read.formats[i]?.[j])),
    ),
    origin: { row: (read.extent?.row ?? 0) + 1, column: (read.extent?.column ?? 0) + 1 },
    ...(tables.length > 0 ? { tables } : {}),
  };
}

function toGrid(reads: readonly SheetRead[], tables: readonly TableRead[]): WorkbookGrid {
  return {
    sheets: reads.map((read) =>
      toGridSheet(
        read,
        tables.filter((entry) => entry.sheet === read.name).map((entry) => entry.table),
      ),
    ),
  };
}
