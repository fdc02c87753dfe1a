import type { Box } from "./address";

/**
 * The in-memory workbook's data: what a real workbook would hold, recorded faithfully enough to be
 * rendered (the preview) and compared (the "register unchanged" tests). Proxies read and change it only
 * while a `sync()` applies their queued actions.
 */

export type Scalar = string | number | boolean;

export interface BorderState {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** A cell's formatting. Shared and never mutated: a change makes a new object. */
export interface CellFormat {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fontName?: string;
  /** "Single", "Double"... ; absent for none. */
  readonly underline?: string;
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  readonly indent?: number;
  /** "LeftToRight" or "RightToLeft"; absent for "Context", Excel's default. */
  readonly readingOrder?: string;
  readonly borderTop?: BorderState;
  readonly borderBottom?: BorderState;
  readonly borderLeft?: BorderState;
  readonly borderRight?: BorderState;
}

export const EMPTY_FORMAT: CellFormat = Object.freeze({});

export interface HyperlinkState {
  readonly address?: string;
  readonly documentReference?: string;
  readonly screenTip?: string;
  readonly textToDisplay?: string;
}

export interface CellState {
  /** The value the cell shows; for a formula, its last computed value (no calc engine here). */
  value: Scalar | null;
  formula: string | null;
  /** A formula error such as "#N/A"; `values` reads it as that text, as Excel does. */
  error: string | null;
  numberFormat: string;
  /** Text typed with a leading apostrophe: the apostrophe is not part of the value. */
  quotePrefix: boolean;
  format: CellFormat;
  hyperlink: HyperlinkState | null;
}

export interface ConditionalFormatState {
  readonly id: string;
  readonly type: string;
  ranges: Box[];
  stopIfTrue: boolean;
  /** Custom rules only. */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  fontBold: boolean | null;
}

export interface ChartTitleState {
  text: string;
  visible: boolean;
}

export interface ChartState {
  readonly id: string;
  name: string;
  type: string;
  /** Where the data is: a sheet id and a box on it. */
  source: { readonly sheetId: number; readonly box: Box };
  seriesBy: string;
  title: ChartTitleState;
  categoryAxisTitle: ChartTitleState;
  valueAxisTitle: ChartTitleState;
  legend: { position: string; visible: boolean };
  /** Series index to "#RRGGBB". */
  seriesColors: Map<number, string>;
  /** Top-left and bottom-right cells the chart covers; null until `setPosition`. */
  position: { readonly start: Box; readonly end: Box } | null;
  /** Everything else set on the chart, by path: "title.format.font.size", "series[0].gapWidth", ... */
  readonly settings: Map<string, unknown>;
}

export interface TableState {
  readonly id: string;
  name: string;
  box: Box;
  showHeaders: boolean;
  showTotals: boolean;
  /** A built-in style's name; absent: Excel's default. */
  style?: string;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printGridlines: boolean;
  centerHorizontally: boolean;
  /** e.g. "$1:$3"; null for none. */
  printTitleRows: string | null;
  /** Points; absent keys keep Excel's defaults. */
  margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: string;
  showGridlines: boolean;
  deleted: boolean;
  /** Key: row * MAX_COLUMNS + column. */
  readonly cells: Map<number, CellState>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  merges: Box[];
  /** In priority order: index 0 is applied first. */
  conditionalFormats: ConditionalFormatState[];
  readonly charts: ChartState[];
  readonly tables: TableState[];
  readonly pageLayout: PageLayoutState;
  freezeRows: number;
  /** Rows (0-based) that start a new printed page. */
  rowBreaks: number[];
}

export type NameReference =
  | { readonly kind: "range"; readonly sheetId: number; readonly box: Box }
  | { readonly kind: "constant"; readonly formula: string };

export interface NameState {
  readonly name: string;
  reference: NameReference;
  comment: string;
  visible: boolean;
  /** The sheet a sheet-scoped name belongs to (`worksheet.names`); absent for a workbook-level name. */
  readonly scopeSheetId?: number;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly names: NameState[];
  activeSheetId: number | null;
  selection: { readonly sheetId: number; readonly box: Box } | null;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
