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
  const markers = readMarkers(names.items);
  const roles = new Map<string, SheetRole>();
  for (const marker of markers) if (marker.sheet !== null) roles.set(marker.sheet.toUpperCase(), marker.role);
  return {
    sheets,
    tables: tables.items.map((proxy) => ({
      name: proxy.name,
      sheet: proxy.worksheet.name,
      showHeaders: proxy.showHeaders,
      showTotals: proxy.showTotals,
      proxy,
    })),
    markers,
    names: names.items.map((item) => item.name),
    roleOf: (sheetName) => roles.get(sheetName.toUpperCase()) ?? null,
    sheet: (name) => sheets.find((sheet) => sheet.name.toUpperCase() === name.toUpperCase()),
  };
}
