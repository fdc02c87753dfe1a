/**
 * The generated sheets described as data. One description, two writers: the Office.js writer (src/excel)
 * and the .xlsx writer (src/xlsx) render a `SheetLayout`. The browser preview (dev/preview) is not a
 * writer: it draws the in-memory Excel after the Office.js writer has written to it.
 * Each part maps one to one onto an Excel JavaScript API call:
 *   values      -> range.values (after text escaping, see `LayoutValue`)
 *   styles      -> range.format.* and range.numberFormat
 *   merges      -> range.merge()
 *   hyperlinks  -> range.hyperlink
 *   charts      -> sheet.charts.add("ColumnStacked" or "LineMarkers", dataRange, "Columns"), then chart.*
 *   page        -> sheet.pageLayout (orientation, paperSize, zoom, margins, print titles)
 *   rowBreaks   -> sheet.horizontalPageBreaks.add(row)
 * A writer renders exactly this description and adds no look of its own (link colour, data labels,
 * margins, page breaks are all stated here), so that every writer prints the same sheet.
 * Coordinates are 0-based within the sheet: row 0, column 0 is cell A1.
 */

/**
 * A cell's content. Strings are always literal text: writers must make sure that text beginning
 * with "=", "+", "-", "@", a tab or a line break never becomes a formula.
 */
export type LayoutValue = string | number | null;

export interface RangeRef {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "center" | "bottom";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points. */
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB" solid fill. */
  readonly fill?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
  /** Thin border on every edge of every cell in the range. */
  readonly border?: "thin";
  /** Excel number format, e.g. "0%" or "yyyy-mm-dd". */
  readonly numberFormat?: string;
  readonly indent?: number;
  /** Single underline (hyperlinks); `range.format.font.underline = "Single"`. */
  readonly underline?: boolean;
}

export interface StyledRange {
  readonly range: RangeRef;
  readonly style: CellStyle;
}

export interface Hyperlink {
  readonly row: number;
  readonly column: number;
  /** Always an absolute http or https URL; layout code never emits any other. */
  readonly address: string;
  readonly text: string;
}

export interface ChartSpec {
  /** Stable id within the sheet, e.g. "legislative". */
  readonly id: string;
  /**
   * "columnStacked": Figures 1 and 2, a stack of statuses per review year. "line": the outstanding trend,
   * one line with a marker at each point per series (Excel's LineMarkers, the file format's c:lineChart).
   */
  readonly type: ChartType;
  readonly title: string;
  /**
   * The table the chart reads: first row holds the series names (statuses), first column the
   * categories (review years); series by columns.
   */
  readonly source: RangeRef;
  /** Where the chart sits: top-left and bottom-right cells it covers. */
  readonly anchor: RangeRef;
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** One "#RRGGBB" per series, in column order. */
  readonly seriesColors?: readonly string[];
  /** Points; chart.title.format.font.size. Absent: the application's default. */
  readonly titleFontSize?: number;
  /** Points, for axis titles, tick labels and the legend; chart.format.font.size. */
  readonly fontSize?: number;
  /** Where the legend sits; chart.legend.position. Absent: the application's default. */
  readonly legendPosition?: "bottom" | "right" | "top" | "left";
  /** Gap between columns, percent of a column's width; series.gapWidth. Columns only. */
  readonly gapWidth?: number;
  /** Each segment labelled with its value. Absent: no data labels. */
  readonly dataLabels?: ChartDataLabels;
  /** The value axis's steps and number format. Absent: the application chooses. */
  readonly valueAxis?: ChartValueAxis;
}

export type ChartType = "columnStacked" | "line";

/**
 * Each value labelled: chart.dataLabels (showValue, numberFormat, font), inside the column segments of a
 * stacked-column chart (position "Center") and above the points of a line chart (position "Top").
 */
export interface ChartDataLabels {
  /** Excel number format; "0;;;" shows whole counts and hides zeros. */
  readonly numberFormat: string;
  /** Points. */
  readonly fontSize: number;
  readonly bold: boolean;
  /** One "#RRGGBB" per series, in column order: text that reads on that series' fill. */
  readonly fontColors?: readonly string[];
}

/** chart.axes.valueAxis: majorUnit and numberFormat (counts of recommendations are whole numbers). */
export interface ChartValueAxis {
  readonly majorUnit: number;
  readonly numberFormat: string;
}

/** Page margins in points (Excel's pageLayout.*Margin unit; the .xlsx file stores inches). */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4";
  readonly fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, 0-based inclusive; null for none. */
  readonly printTitleRows: { readonly first: number; readonly last: number } | null;
  readonly showGridlines: boolean;
  /** Absent: the writer's default, `DEFAULT_MARGINS` (src/layout/page.ts). Page breaks assume these margins. */
  readonly margins?: PageMargins;
}

/**
 * The generated sheets (the add-in's own, replaced when generated again) and the sheets of a new register
 * (`TemplateKind`: the user's from the moment they are written, never marked, replaced or overwritten).
 */
export type SheetKind = "summary" | "annexI" | "annexII" | "annexIII" | TemplateKind;

/** The sheets "New register" writes: the register and its optional side sheets. */
export type TemplateKind = "register" | "plannedReviews" | "requests" | "vocabulary";

/**
 * An Excel table (ListObject) over a range whose first row holds its headers (unique, non-blank texts):
 * `worksheet.tables.add(address, true)`, then `table.name` and `table.style`; in the file a table part.
 */
export interface LayoutTable {
  /** Unique in the workbook; letters, digits and underscores, starting with a letter. */
  readonly name: string;
  /** The header row and at least one data row. */
  readonly range: RangeRef;
  /** A built-in table style, e.g. "TableStyleMedium2". */
  readonly style: string;
}

/**
 * What a cell accepts: one of a list of words (a dropdown), or a date. `range.dataValidation.rule`
 * ({ list: { inCellDropDown, source } } or { date: { formula1, operator: "GreaterThan" } }) and
 * `errorAlert`; in the file a `<dataValidation>` element. Blank cells are always allowed.
 */
export type ValidationRule =
  { readonly kind: "list"; readonly words: readonly string[] } | { readonly kind: "date" };

export interface LayoutValidation {
  readonly range: RangeRef;
  readonly rule: ValidationRule;
  /**
   * "warning" lets the person keep another value after the alert (the register reads synonyms and the
   * organization's own words); "stop" refuses it.
   */
  readonly alert: "stop" | "warning";
  readonly title: string;
  readonly message: string;
}

export interface SheetLayout {
  readonly kind: SheetKind;
  /** Sheet name in the chosen language, at most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  /** Rectangular: every row has `columnWidths.length` entries. */
  readonly values: readonly (readonly LayoutValue[])[];
  /** Points, one per column. */
  readonly columnWidths: readonly number[];
  /** Points, one per row; null lets the writer keep the default height. */
  readonly rowHeights: readonly (number | null)[];
  /** Applied in order; a later range's properties override an earlier one's. */
  readonly styles: readonly StyledRange[];
  readonly merges: readonly RangeRef[];
  readonly hyperlinks: readonly Hyperlink[];
  readonly charts: readonly ChartSpec[];
  readonly page: PageSetup;
  /** Rows frozen at the top while scrolling (0 for none). */
  readonly freezeRows: number;
  /**
   * Rows (0-based, ascending) that start a new printed page, so that a figure (caption, table and
   * chart), a table with its heading, or an annex block with its headings is not cut across two pages.
   * The layout is the one place that decides them; writers write exactly these and compute none.
   * Maps onto `worksheet.horizontalPageBreaks.add(cell in that row)` and the .xlsx `<rowBreaks>` element.
   */
  readonly rowBreaks?: readonly number[];
  /**
   * "rtl" for a sheet in a right-to-left language (Arabic): its columns run from the right, text reads and
   * aligns right (see `directedLayout`). Absent: left to right.
   */
  readonly direction?: "ltr" | "rtl";
  /** Excel tables on the sheet (absent: none). */
  readonly tables?: readonly LayoutTable[];
  /** Data validation of ranges of cells (absent: none). */
  readonly validations?: readonly LayoutValidation[];
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
}
