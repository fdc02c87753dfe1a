import type { CellStyle, StyledRange } from "../../layout/model";

/** A cell's key in maps over one sheet: row-major and unique, since a sheet has 16,384 columns. */
export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/**
 * The style of every styled cell, a row at a time: the layout's ranges applied in order, a later
 * range's properties overriding an earlier one's, property by property. Cells styled by the same ranges
 * share one style object (merges are cached), so that a writer can cache per style object rather than
 * per cell.
 *
 * Why a row at a time: the annexes of a 50,000-row register have about 350,000 styled cells; a map of
 * them all, keyed by cell, took longer to build than the XML itself. The rows are swept in order with
 * the ranges that cover the current row.
 */
export class RowStyles {
  /** Range indices by first row (stable: equal rows keep the layout's order). */
  private readonly byFirstRow: number[];
  private next = 0;
  /** Indices of the ranges covering the current row, ascending: the order they apply in. */
  private active: number[] = [];
  private readonly styles: (CellStyle | undefined)[];
  private readonly merged = new Map<CellStyle | undefined, Map<CellStyle, CellStyle>>();
  private readonly defined = new Map<CellStyle, CellStyle>();

  /** `width`: the columns a row has (ranges are cut there). */
  constructor(
    private readonly ranges: readonly StyledRange[],
    width: number,
  ) {
    this.byFirstRow = ranges.map((_, index) => index);
    // A layout adds its ranges row by row: already in order, most often, and then not sorted again.
    if (!this.inRowOrder())
      this.byFirstRow.sort((a, b) => this.rangeAt(a).row - this.rangeAt(b).row || a - b);
    this.styles = new Array<CellStyle | undefined>(Math.max(0, width)).fill(undefined);
  }

  /**
   * The styles of `row`'s cells by column (undefined: unstyled). Rows must be asked in increasing
   * order; the array is reused by the next call.
   */
  row(row: number): readonly (CellStyle | undefined)[] {
    this.styles.fill(undefined);
    this.admit(row);
    for (const index of this.active) {
      const { range, style } = this.ranges[index] as StyledRange;
      const own = this.definedOf(style);
      const end = Math.min(range.column + range.columnCount, this.styles.length);
      for (let column = Math.max(0, range.column); column < end; column += 1) {
        this.styles[column] = this.merge(this.styles[column], own);
      }
    }
    return this.styles;
  }

  /** Brings the ranges that start by `row` in and lets the ones that ended before it go. */
  private admit(row: number): void {
    let added = false;
    while (this.next < this.byFirstRow.length) {
      const index = this.byFirstRow[this.next] as number;
      if (this.rangeAt(index).row > row) break;
      this.active.push(index);
      this.next += 1;
      added = true;
    }
    if (added) this.active.sort((a, b) => a - b);
    if (this.active.some((index) => this.endOf(index) <= row)) {
      this.active = this.active.filter((index) => this.endOf(index) > row);
    }
  }

  private inRowOrder(): boolean {
    for (let index = 1; index < this.ranges.length; index += 1) {
      if (this.rangeAt(index).row < this.rangeAt(index - 1).row) return false;
    }
    return true;
  }

  private rangeAt(index: number): StyledRange["range"] {
    return (this.ranges[index] as StyledRange).range;
  }

  private endOf(index: number): number {
    const range = this.rangeAt(index);
    return range.row + range.rowCount;
  }

  private merge(before: CellStyle | undefined, own: CellStyle): CellStyle {
    let byStyle = this.merged.get(before);
    if (byStyle === undefined) {
      byStyle = new Map<CellStyle, CellStyle>();
      this.merged.set(before, byStyle);
    }
    let after = byStyle.get(own);
    if (after === undefined) {
      after = { ...before, ...own };
      byStyle.set(own, after);
    }
    return after;
  }

  /** Drops properties explicitly set to undefined so that they do not erase an earlier range's value. */
  private definedOf(style: CellStyle): CellStyle {
    let own = this.defined.get(style);
    if (own === undefined) {
      own = Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined)) as CellStyle;
      this.defined.set(style, own);
    }
    return own;
  }
}
