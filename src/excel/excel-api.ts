/**
 * The part of the Excel JavaScript API the adapter uses, and nothing more.
 *
 * Every member is declared with the type `@types/office-js` gives it, and `ExcelProvidesSubset` below
 * makes the compiler prove that the real `Excel.RequestContext` has every one of them: a call that does
 * not exist in Excel fails to compile. The in-memory Excel (dev/memory-excel) implements these same
 * interfaces, so a call it does not model fails to compile too.
 *
 * Requirement sets: everything here is ExcelApi 1.9 or older (RangeAreas, PageLayout and
 * suspendScreenUpdatingUntilNextSync are 1.9; NamedItem.formula and hyperlinks 1.7).
 */

import type { XlChartCollection } from "./excel-api-charts";
import type { XlNamedItemCollection, XlTableCollection } from "./excel-api-tables";

export type * from "./excel-api-charts";
export type * from "./excel-api-tables";

/** Loaded with `load([...])`; read after `sync()`. */
export interface XlClientResult<T> {
  readonly value: T;
}

export interface XlRequestContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XlWorkbook {
  readonly worksheets: XlWorksheetCollection;
  readonly tables: XlTableCollection;
  readonly names: XlNamedItemCollection;
  readonly application: XlApplication;
  getSelectedRange(): XlRange;
}

export type XlWorksheetScalar = "name" | "position" | "visibility" | "showGridlines" | "id";

export interface XlWorksheetCollection {
  readonly items: XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  getItemOrNullObject(key: string): XlWorksheet;
  getActiveWorksheet(): XlWorksheet;
  /** The first sheet in tab order (ExcelApi 1.5); a workbook always has one. */
  getFirst(visibleOnly?: boolean): XlWorksheet;
  /** Fires after cells of any sheet change (ExcelApi 1.9); Check as I type listens to it. */
  readonly onChanged: XlEventSource<Excel.WorksheetChangedEventArgs>;
  load(propertyNames: `items/${XlWorksheetScalar}`[]): XlWorksheetCollection;
}

/** An Office.js event: `add` registers a handler at the next sync. */
export interface XlEventSource<T> {
  add(handler: (event: T) => Promise<void>): unknown;
}

export interface XlWorksheet {
  readonly isNullObject: boolean;
  /** The sheet's id, which events carry (`worksheetId`); unlike its name, it never changes. */
  readonly id: string;
  name: string;
  position: number;
  visibility: Excel.Worksheet["visibility"];
  showGridlines: boolean;
  readonly charts: XlChartCollection;
  readonly freezePanes: XlWorksheetFreezePanes;
  readonly horizontalPageBreaks: XlPageBreakCollection;
  readonly pageLayout: XlPageLayout;
  readonly tables: XlTableCollection;
  /** The names scoped to this sheet (ExcelApi 1.4); `workbook.names` holds only workbook-level ones. */
  readonly names: XlNamedItemCollection;
  activate(): void;
  delete(): void;
  getCell(row: number, column: number): XlRange;
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getRanges(address?: string): XlRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  load(propertyNames: XlWorksheetScalar[]): XlWorksheet;
}

export type XlRangeScalar =
  | "address"
  | "values"
  | "numberFormat"
  | "formulas"
  | "rowIndex"
  | "columnIndex"
  | "rowCount"
  | "columnCount"
  | "hyperlink";

export interface XlRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: Excel.Range["values"];
  numberFormat: Excel.Range["numberFormat"];
  formulas: Excel.Range["formulas"];
  hyperlink: Excel.RangeHyperlink;
  readonly format: XlRangeFormat;
  readonly conditionalFormats: XlConditionalFormatCollection;
  /** What the cells accept: a list (dropdown) or a date (ExcelApi 1.8). */
  readonly dataValidation: XlDataValidation;
  readonly worksheet: XlWorksheet;
  getIntersectionOrNullObject(anotherRange: string): XlRange;
  /** The used cells within this range (ExcelApi 1.4); a null object when none is used. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getCellProperties(
    cellPropertiesLoadOptions: Excel.CellPropertiesLoadOptions,
  ): XlClientResult<Excel.CellProperties[][]>;
  merge(across?: boolean): void;
  /** ExcelApi 1.9, from a sheet-qualified address; the add-in copies "Formats" only (the roll-over's archive). */
  copyFrom(sourceRange: string, copyType: "Formats"): void;
  /** Deletes the cells, shifting those below up (the roll-over's archive deletes entire rows). */
  delete(shift: "Up"): void;
  /** Inserts cells, shifting these down (the archive's undo re-inserts entire rows); returns the new cells. */
  insert(shift: "Down"): XlRange;
  select(): void;
  load(propertyNames: XlRangeScalar[]): XlRange;
}

export interface XlDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
}

/** Several rectangles formatted in one request (ExcelApi 1.9). */
export interface XlRangeAreas {
  readonly format: XlRangeFormat;
}

export type XlRangeFormatScalar =
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText"
  | "indentLevel"
  | "readingOrder"
  | "columnWidth"
  | "rowHeight";

export interface XlRangeFormat {
  readonly fill: XlRangeFill;
  readonly font: XlRangeFont;
  readonly borders: XlRangeBorderCollection;
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  wrapText: boolean;
  indentLevel: number;
  /** ExcelApi 1.9. Office.js has no setter for a sheet's right-to-left view: this is its cells' side. */
  readingOrder: Excel.RangeFormat["readingOrder"];
  columnWidth: number;
  rowHeight: number;
  load(propertyNames: XlRangeFormatScalar[]): XlRangeFormat;
}

export interface XlRangeFill {
  color: string;
  load(propertyNames: "color"[]): XlRangeFill;
}

export type XlRangeFontScalar = "bold" | "italic" | "size" | "color" | "name" | "underline";

export interface XlRangeFont {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  name: string;
  underline: Excel.RangeFont["underline"];
  load(propertyNames: XlRangeFontScalar[]): XlRangeFont;
}

export interface XlRangeBorderCollection {
  getItem(index: Excel.RangeBorder["sideIndex"]): XlRangeBorder;
}

export interface XlRangeBorder {
  style: Excel.RangeBorder["style"];
  weight: Excel.RangeBorder["weight"];
  color: string;
}

export type XlConditionalFormatPath =
  "items/id" | "items/type" | "items/priority" | "items/stopIfTrue" | "items/customOrNullObject/rule/formula";

export interface XlConditionalFormatCollection {
  readonly items: XlConditionalFormat[];
  add(type: Excel.ConditionalFormat["type"]): XlConditionalFormat;
  getItem(id: string): XlConditionalFormat;
  load(propertyNames: XlConditionalFormatPath[]): XlConditionalFormatCollection;
}

export interface XlConditionalFormat {
  readonly id: string;
  readonly type: Excel.ConditionalFormat["type"];
  priority: number;
  stopIfTrue: boolean;
  readonly custom: XlCustomConditionalFormat;
  readonly customOrNullObject: XlCustomConditionalFormat;
  delete(): void;
  load(propertyNames: ("id" | "type" | "priority" | "stopIfTrue")[]): XlConditionalFormat;
}

export interface XlCustomConditionalFormat {
  readonly isNullObject: boolean;
  readonly rule: XlConditionalFormatRule;
  readonly format: XlConditionalRangeFormat;
}

export interface XlConditionalFormatRule {
  formula: string;
  load(propertyNames: "formula"[]): XlConditionalFormatRule;
}

export interface XlConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };
}

export type XlPageLayoutScalar =
  | "orientation"
  | "paperSize"
  | "zoom"
  | "printGridlines"
  | "centerHorizontally"
  | "leftMargin"
  | "rightMargin"
  | "topMargin"
  | "bottomMargin"
  | "headerMargin"
  | "footerMargin";

export interface XlPageLayout {
  orientation: Excel.PageLayout["orientation"];
  paperSize: Excel.PageLayout["paperSize"];
  zoom: Excel.PageLayoutZoomOptions;
  printGridlines: boolean;
  centerHorizontally: boolean;
  /** Points, like every margin here. */
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  setPrintTitleRows(printTitleRows: string): void;
  load(propertyNames: XlPageLayoutScalar[]): XlPageLayout;
}

/** Manual page breaks (ExcelApi 1.9); a break at a row starts a new printed page there. */
export interface XlPageBreakCollection {
  add(pageBreakRange: string): void;
}

export interface XlWorksheetFreezePanes {
  freezeRows(count?: number): void;
  unfreeze(): void;
}

/** Runs one batch against a workbook: `Excel.run` in Excel, the in-memory Excel in tests and the preview. */
export type ExcelRunner = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

/** Compile-time proof that real Excel offers every member above with a compatible type. */
type Provides<T extends XlRequestContext> = T;
export type ExcelProvidesSubset = Provides<Excel.RequestContext>;
