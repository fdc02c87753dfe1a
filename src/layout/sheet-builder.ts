import type {
  CellStyle,
  ChartSpec,
  Hyperlink,
  LayoutValue,
  PageSetup,
  RangeRef,
  SheetKind,
  SheetLayout,
  StyledRange,
} from "./model";
import { pageBreaks, type RowSpan } from "./page-breaks";
import { joinAdjacent, rangeOf } from "./ranges";
import { BODY_FONT_SIZE, LINK_STYLE } from "./styles";
import {
  estimateHeight,
  hasWide,
  heightOfLines,
  lineHeight,
  MAX_ROW_HEIGHT,
  type FontMetrics,
} from "./text-metrics";

/** A cell to place in a row: its value, how many columns it covers, and the font it is set in. */
export interface CellSpec {
  readonly value: LayoutValue;
  /** Columns covered; more than one merges them. */
  readonly span?: number;
  /** Points; defaults to the sheet's body size. Used to estimate the row height. */
  readonly fontSize?: number;
  readonly bold?: boolean;
  /**
   * Lines the value takes wrapped across the cell's width in its font, when the caller has measured it
   * already (see `splitForRowsMeasured`): the row's height then comes from it without wrapping the text again.
   */
  readonly lines?: number;
  /** Whether the value has a CJK character (`hasWide`), when the caller knows it already (see `RowPiece`). */
  readonly wide?: boolean;
}

export type CellInput = LayoutValue | CellSpec;

const MIN_PADDING = 5;

export interface BuildOptions {
  /** Rows frozen at the top. */
  readonly freezeRows?: number;
  /** A style for the whole used area (font size, wrapping), under every other style. */
  readonly baseStyle?: CellStyle;
}

function isSpec(cell: CellInput): cell is CellSpec {
  return typeof cell === "object" && cell !== null;
}

/**
 * Builds a `SheetLayout` row by row: values stay rectangular, merged cells and row heights follow from
 * the cells placed, and style ranges that extend the previous one with the same style are joined.
 * Every operation is constant time or linear in its own input, so a sheet is linear in its size.
 */
export class SheetBuilder {
  private readonly values: LayoutValue[][] = [];
  private readonly fixedHeights: (number | undefined)[] = [];
  private readonly neededHeights: number[] = [];
  private readonly tallCells: { row: number; rowCount: number; height: number }[] = [];
  private readonly styles: StyledRange[] = [];
  private readonly merges: RangeRef[] = [];
  private readonly links: Hyperlink[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly keepTogetherSpans: RowSpan[] = [];

  constructor(
    readonly columnWidths: readonly number[],
    readonly bodyFontSize: number = BODY_FONT_SIZE,
  ) {}

  get rowCount(): number {
    return this.values.length;
  }

  get columnCount(): number {
    return this.columnWidths.length;
  }

  /** Width in points of `count` columns from `column`. */
  widthOf(column: number, count = 1): number {
    let width = 0;
    for (let c = column; c < column + count; c++) width += this.columnWidths[c] ?? 0;
    return width;
  }

  /** Adds a row of cells placed left to right; a fixed `height` in points skips the estimate. Returns its index. */
  addRow(cells: readonly CellInput[] = [], height?: number): number {
    const row = this.values.length;
    const values: LayoutValue[] = new Array<LayoutValue>(this.columnCount).fill(null);
    let needed = 0;
    let column = 0;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index] as CellInput;
      const spec: CellSpec | null = isSpec(cell) ? cell : null;
      const value = spec ? spec.value : (cell as LayoutValue);
      const span = spec?.span ?? 1;
      if (span < 1 || column + span > this.columnCount) {
        throw new Error(`Row ${row} has more cells than the sheet's ${this.columnCount} columns`);
      }
      values[column] = value;
      if (span > 1) this.merges.push(rangeOf(row, column, 1, span));
      if (value !== null && value !== "") {
        const fontSize = spec?.fontSize ?? this.bodyFontSize;
        const height =
          spec?.lines !== undefined
            ? heightOfLines(spec.lines, fontSize, spec.wide ?? hasWide(String(value)))
            : estimateHeight(String(value), this.widthOf(column, span), {
                fontSize,
                bold: spec?.bold ?? false,
              });
        needed = Math.max(needed, height);
      }
      column += span;
    }
    this.values.push(values);
    this.fixedHeights.push(height);
    this.neededHeights.push(needed);
    return row;
  }

  /** An empty row that separates blocks. */
  addSpacer(height = 6): number {
    return this.addRow([], height);
  }

  /** `count` empty rows of a fixed height (the area a chart covers); returns the range they span. */
  addEmptyRows(count: number, height: number): RangeRef {
    const first = this.rowCount;
    for (let i = 0; i < count; i++) this.addRow([], height);
    return rangeOf(first, 0, count, this.columnCount);
  }

  /**
   * Writes a value into a cell that spans `rowCount` rows (merged), and makes those rows tall enough
   * together to show it.
   */
  setTallCell(row: number, column: number, rowCount: number, value: LayoutValue, font?: FontMetrics): void {
    const cells = this.values[row];
    if (!cells || column >= this.columnCount || row + rowCount > this.rowCount) {
      throw new Error(`Cell (${row}, ${column}) spanning ${rowCount} rows is outside the sheet`);
    }
    cells[column] = value;
    if (rowCount > 1) this.merges.push(rangeOf(row, column, rowCount, 1));
    if (value !== null && value !== "") {
      const metrics = font ?? { fontSize: this.bodyFontSize };
      this.tallCells.push({
        row,
        rowCount,
        height: estimateHeight(String(value), this.widthOf(column), metrics),
      });
    }
  }

  /** Merges a range without writing to it (its top-left cell keeps its value). */
  merge(range: RangeRef): void {
    this.merges.push(range);
  }

  /** Styles a range; joins it to the previous range when that has the same style and the two form a rectangle. */
  style(range: RangeRef, style: CellStyle): void {
    const last = this.styles[this.styles.length - 1];
    if (last && last.style === style) {
      const joined = joinAdjacent(last.range, range);
      if (joined) {
        this.styles[this.styles.length - 1] = { range: joined, style };
        return;
      }
    }
    this.styles.push({ range, style });
  }

  /**
   * Makes a cell a hyperlink: writes its text, records the address and gives it the link look (blue,
   * underlined), so that every writer shows links alike.
   */
  link(row: number, column: number, address: string, text: string): void {
    const cells = this.values[row];
    if (!cells || column >= this.columnCount)
      throw new Error(`Link cell (${row}, ${column}) is outside the sheet`);
    cells[column] = text;
    this.links.push({ row, column, address, text });
    this.style(rangeOf(row, column, 1, 1), LINK_STYLE);
  }

  chart(spec: ChartSpec): void {
    this.charts.push(spec);
  }

  /** Asks that rows `first`..`last` print on one page when they fit on one (see `rowBreaks`). */
  keepTogether(first: number, last: number): void {
    if (last > first) this.keepTogetherSpans.push({ first, last });
  }

  /** The finished sheet. Row heights: fixed ones as given, others from the text they hold, within Excel's limit. */
  build(kind: SheetKind, name: string, page: PageSetup, options: BuildOptions = {}): SheetLayout {
    const minimum = lineHeight(this.bodyFontSize) + MIN_PADDING;
    const heights = this.fixedHeights.map(
      (fixed, row) => fixed ?? Math.max(this.neededHeights[row] ?? 0, minimum),
    );
    for (const tall of this.tallCells) {
      let total = 0;
      for (let r = tall.row; r < tall.row + tall.rowCount; r++) total += heights[r] ?? 0;
      const lastRow = tall.row + tall.rowCount - 1;
      if (total < tall.height && this.fixedHeights[lastRow] === undefined) {
        heights[lastRow] = (heights[lastRow] ?? 0) + tall.height - total;
      }
    }
    const rowHeights = heights.map((height) => Math.min(Math.ceil(height), MAX_ROW_HEIGHT));
    return {
      kind,
      name,
      values: this.values,
      columnWidths: [...this.columnWidths],
      rowHeights,
      // The base style comes first so that every other range overrides it.
      styles: options.baseStyle
        ? [
            { range: rangeOf(0, 0, this.rowCount, this.columnCount), style: options.baseStyle },
            ...this.styles,
          ]
        : this.styles,
      merges: this.merges,
      hyperlinks: this.links,
      charts: this.charts,
      page,
      freezeRows: options.freezeRows ?? 0,
      rowBreaks: pageBreaks(rowHeights, this.keepTogetherSpans, page, this.widthOf(0, this.columnCount)),
    };
  }
}
