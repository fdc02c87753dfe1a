import type { XlRequestContext, XlTable, XlWorksheet } from "./excel-api";
import { type Marker, readMarkers, type SheetRole } from "./markers";

export interface SheetOutline {
  readonly name: string;
  readonly visibility: string;
  /** 0-based position among the sheets. */
  readonly position: number;
  readonly proxy: XlWorksheet;
}

export interface TableOutline {
  readonly name: string;
  readonly sheet: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  readonly proxy: XlTable;
}

/** What the first round trip learns: the sheets, the tables, and which sheets the add-in made. */
export interface WorkbookOutline {
  readonly sheets: readonly SheetOutline[];
  readonly tables: readonly TableOutline[];
  readonly markers: readonly Marker[];
  /** Every workbook-level name, to pick marker names that are free. */
  readonly names: readonly string[];
  roleOf(sheetName: string): SheetRole | null;
  sheet(name: string): SheetOutline | undefined;
}

/** One `sync()`: sheet names and visibility, tables and their sheets, and the add-in's markers. */
export async function loadOutline(context: XlRequestContext): Promise<WorkbookOutline> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load(["items/name", "items/visibility"]);
  tables.load(["items/name", "items/showHeaders", "items/showTotals", "items/worksheet/name"]);
  names.load(["items/name", "items/formula", "items/comment"]);
  await context.sync();
  const sheets = worksheets.items.map((proxy, position) => ({
    name: proxy.name,
    visibility: String(proxy.visibility),
    position,
    proxy,
  }));
  return outlineOf(
    sheets,
    tables.items.map((proxy) => ({
      name: proxy.name,
      sheet: proxy.worksheet.name,
      showHeaders: proxy.showHeaders,
      showTotals: proxy.showTotals,
      proxy,
    })),
    readMarkers(names.items),
    names.items.map((item) => item.name),
  );
}

/**
 * The outline with more markers: the legacy sheet-scoped ones of the .xlsx writer, which live among each
 * sheet's own names and so are read with the second round trip.
 */
export function withMarkers(outline: WorkbookOutline, markers: readonly Marker[]): WorkbookOutline {
  if (markers.length === 0) return outline;
  return outlineOf(outline.sheets, outline.tables, [...outline.markers, ...markers], outline.names);
}

function outlineOf(
  sheets: readonly SheetOutline[],
  tables: readonly TableOutline[],
  markers: readonly Marker[],
  names: readonly string[],
): WorkbookOutline {
  const roles = new Map<string, SheetRole>();
  for (const marker of markers) if (marker.sheet !== null) roles.set(marker.sheet.toUpperCase(), marker.role);
  return {
    sheets,
    tables,
    markers,
    names,
    roleOf: (sheetName) => roles.get(sheetName.toUpperCase()) ?? null,
    sheet: (name) => sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase()),
  };
}
