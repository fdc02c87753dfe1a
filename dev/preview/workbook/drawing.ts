import type { ChartSpec, HorizontalAlignment, VerticalAlignment } from "../../../src/layout/model";

/**
 * What the preview draws: a plain picture of the in-memory workbook taken after each action, so the
 * drawing code depends on no Excel object model. 0-based coordinates, like the layout model.
 */
export interface WorkbookDrawing {
  /** Every sheet's tab, in order. */
  readonly tabs: readonly { readonly name: string; readonly hidden: boolean }[];
  readonly activeSheet: string;
  /** The one sheet drawn in full: drawing every sheet after each action would cost too much on big registers. */
  readonly shown: SheetDrawing | null;
  /** The selected range, as the adapter's `goTo` left it. */
  readonly selection: { readonly sheet: string; readonly row: number; readonly column: number } | null;
}

export interface SheetDrawing {
  readonly name: string;
  readonly hidden: boolean;
  /** Rows drawn (the first ones). */
  readonly rowCount: number;
  /** Rows below those, left out of the drawing. */
  readonly undrawnRows: number;
  readonly columnCount: number;
  /** `cells[row][column]`; null for an empty, unformatted cell. */
  readonly cells: readonly (readonly (CellDrawing | null)[])[];
  /** Points; null keeps Excel's default width. */
  readonly columnWidths: readonly (number | null)[];
  /** Points; null lets the row grow with wrapped text. */
  readonly rowHeights: readonly (number | null)[];
  readonly merges: readonly AreaDrawing[];
  readonly charts: readonly ChartDrawing[];
  readonly frozenRows: number;
  readonly showGridlines: boolean;
}

export interface CellDrawing {
  /** The text Excel would show, after the number format. */
  readonly text: string;
  readonly numeric: boolean;
  readonly style: CellLook;
  readonly hyperlink: string | null;
  /** Set when a conditional format (the add-in's marks) applies; its look overrides `style`. */
  readonly mark: CellLook | null;
}

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly indent?: number;
}

export interface AreaDrawing {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A chart with the data it reads, resolved from its source range. */
export interface ChartDrawing {
  readonly name: string;
  readonly type: ChartSpec["type"] | string;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly values: readonly number[];
    readonly color: string | null;
  }[];
  readonly xAxisTitle: string | null;
  readonly yAxisTitle: string | null;
  /** Cells the chart covers (top-left and size). */
  readonly anchor: AreaDrawing;
}
