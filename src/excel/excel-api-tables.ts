/**
 * The tables and named-items part of the Excel JavaScript API the adapter uses (see excel-api.ts): the new
 * register's tables, the roll-over's table columns, and the defined names the marks read. Declared with
 * the types `@types/office-js` gives; `ExcelProvidesSubset` proves them against the real API.
 */
import type { XlRange, XlWorksheet } from "./excel-api";

export type XlTablePath = "items/name" | "items/showHeaders" | "items/showTotals" | "items/worksheet/name";

export interface XlTableCollection {
  readonly items: XlTable[];
  add(address: string, hasHeaders: boolean): XlTable;
  getItem(key: string): XlTable;
  load(propertyNames: XlTablePath[]): XlTableCollection;
}

export interface XlTable {
  name: string;
  /** A built-in table style's name, e.g. "TableStyleMedium2". */
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  readonly worksheet: XlWorksheet;
  readonly columns: XlTableColumnCollection;
  getRange(): XlRange;
  load(propertyNames: ("name" | "showHeaders" | "showTotals")[]): XlTable;
}

/** A table's columns (ExcelApi 1.1): the roll-over adds the previous-status columns at a table's right. */
export interface XlTableColumnCollection {
  add(
    index?: number,
    values?: Array<Array<boolean | string | number>> | boolean | string | number,
  ): XlTableColumn;
  /** By position, 0-based (ExcelApi 1.1); `getItem` would take a column's name or id. */
  getItemAt(index: number): XlTableColumn;
}

export interface XlTableColumn {
  delete(): void;
}

export type XlNamedItemPath =
  "items/name" | "items/formula" | "items/comment" | "items/visible" | "items/type";

export interface XlNamedItemCollection {
  readonly items: XlNamedItem[];
  add(name: string, reference: string, comment?: string): XlNamedItem;
  getItemOrNullObject(name: string): XlNamedItem;
  load(propertyNames: XlNamedItemPath[]): XlNamedItemCollection;
}

export interface XlNamedItem {
  readonly isNullObject: boolean;
  readonly name: string;
  readonly type: Excel.NamedItem["type"];
  formula: Excel.NamedItem["formula"];
  comment: string;
  visible: boolean;
  delete(): void;
}
