/**
 * The workbook as the core sees it: plain cell values, no file format and no Excel API.
 * Adapters (src/xlsx for ExcelJS, src/excel for Office.js) turn what they read into a `WorkbookGrid`.
 */

/** An ISO calendar date, "YYYY-MM-DD". Compared as text, which orders correctly. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

/** A cell Excel shows as a date. Adapters convert serials using the cell's number format. */
export interface DateCell {
  readonly kind: "date";
  readonly iso: IsoDate;
}

/** A formula error left in a cell, such as "#N/A" or "#REF!". */
export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

/** A cell that carries a hyperlink: the text shown and the address it points to. */
export interface LinkCell {
  readonly kind: "link";
  readonly text: string;
  readonly address: string;
}

export type CellValue = null | string | number | boolean | DateCell | ErrorCell | LinkCell;

/** An Excel table (ListObject): its header row and extent, 1-based worksheet coordinates. */
export interface GridTable {
  readonly name: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** A totals row is the table's last row; it is not a data row. */
  readonly hasTotalsRow: boolean;
}

export interface GridSheet {
  readonly name: string;
  /** The used range, row-major. `cells[0][0]` is the cell at worksheet row `origin.row`, column `origin.column`. */
  readonly cells: readonly (readonly CellValue[])[];
  /** 1-based worksheet coordinates of `cells[0][0]`. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly tables?: readonly GridTable[];
}

export interface WorkbookGrid {
  readonly sheets: readonly GridSheet[];
}
