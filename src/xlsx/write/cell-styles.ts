import type { CellStyle, SheetLayout } from "../../layout/model";

/** A cell's key in maps over one sheet: row-major and unique, since a sheet has 16,384 columns. */
export function cellKey(row: number, column: number): number {
  return row * 16_384 + column;
}

/**
 * The style of every styled cell: the layout's ranges applied in order, a later range's properties
 * overriding an earlier one's, property by property.
 */
export function resolveCellStyles(layout: SheetLayout): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  for (const { range, style } of layout.styles) {
    for (let row = range.row; row < range.row + range.rowCount; row += 1) {
      for (let column = range.column; column < range.column + range.columnCount; column += 1) {
        const key = cellKey(row, column);
        styles.set(key, { ...styles.get(key), ...definedProperties(style) });
      }
    }
  }
  return styles;
}

/** Drops properties explicitly set to undefined so that they do not erase an earlier range's value. */
function definedProperties(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined)) as CellStyle;
}
