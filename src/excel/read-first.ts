import type { XlRequestContext } from "./excel-api";
import { HEADER_SEARCH_ROWS } from "../core/parse";
import { readSheetMarkers, type Marker } from "./markers";
import { loadOutline, type SheetOutline, type WorkbookOutline } from "./outline";
import type { HeaderRows, ReadWorkbookOptions, SheetToRead, WorkbookShape } from "./read-workbook";
import {
  loadUsedRange,
  sheetRead,
  tableRead,
  toGridSheet,
  type Mode,
  type SheetRead,
  type TableRead,
  type UsedRange,
} from "./sheet-read";

// The first round trips of a workbook read: with a shape, everything by name; without, the outline and
// the active sheet, then the other sheets and the tables.

export interface ShapedRead<E, F> {
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
export async function readShaped<E, F>(
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
      focusSheet && focusUsed && options.alongside
        ? options.alongside.fromShape(focusSheet.proxy, focusUsed.range)
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

export async function readOutlineAndFocus(
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

export interface SecondRead<E, F> {
  readonly reads: SheetRead[];
  readonly tables: readonly TableRead[];
  readonly extra: E;
  readonly focus: F | null;
  /** Legacy markers found among the sheets' own names. */
  readonly markers: readonly Marker[];
}

/** What the second round trip reads, after the outline and the sheet read first. */
export interface OthersRequest {
  readonly outline: WorkbookOutline;
  /** The sheets not read yet. */
  readonly sheets: readonly SheetOutline[];
  readonly mode: Mode;
  /** The sheet read first, when it is not the add-in's, and whether all its rows came. */
  readonly focus: SheetRead | null;
  readonly focusComplete: boolean;
  /** The first sheet's top rows, read with the first round trip. */
  readonly headers: HeaderRows | null;
}

/**
 * The second round trip: the other sheets, the tables' extents, the sheets' own names (legacy markers),
 * the caller's extras, and the reads that go alongside the focus sheet's cells.
 */
export async function readOthers<E, F>(
  context: XlRequestContext,
  options: ReadWorkbookOptions<E, F>,
  { outline, sheets, mode, focus, focusComplete, headers }: OthersRequest,
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
  const alongside = options.alongside;
  const fromFocus =
    focus && focusComplete && alongside
      ? alongside.fromFocus({ sheet: toGridSheet(focus, []), proxy: focus.proxy })
      : null;
  const headed = headers ? used.find(({ sheet }) => sameSheet(sheet.name, headers.sheet)) : undefined;
  const withFocus =
    fromFocus ??
    (headers && headed && mode === "all" && alongside
      ? alongside.fromHeaders(headers, headed.sheet.proxy, headed.used.range)
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
