import type { CellStyle, SheetLayout } from "../../layout/model";

/** A cell's key in maps over one sheet: row-major and unique, since a sheet has 16,384 columns. */
export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/**
 * The style of every styled cell: the layout's ranges applied in order, a later range's properties
 * overriding an earlier one's, property by property. Cells styled by the same ranges share one style
 * object (merges are cached), so that a writer can cache per style object rather than per cell.
 */
export function resolveCellStyles(layout: SheetLayout): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  const merged = new Map<CellStyle | undefined, Map<CellStyle, CellStyle>>();
  const defined = new Map<CellStyle, CellStyle>();
  for (const { range, style } of layout.styles) {
    let own = defined.get(style);
    if (own === undefined) {
      own = definedProperties(style);
      defined.set(style, own);
    }
    for (let row = range.row; row < range.row + range.rowCount; row += 1) {
      for (let column = range.column; column < range.column + range.columnCount; column += 1) {
        const key = cellKey(row, column);
        const before = styles.get(key);
        const byStyle = merged.get(before) ?? new Map<CellStyle, CellStyle>();
        merged.set(before, byStyle);
        let after = byStyle.get(own);
        if (after === undefined) {
          after = { ...before, ...own };
          byStyle.set(own, after);
        }
        styles.set(key, after);
      }
    }
  }
  return styles;
}

/** Drops properties explicitly set to undefined so that they do not erase an earlier range's value. */
function definedProperties(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined)) as CellStyle;
}
