import type { CellStyle, RangeRef, SheetLayout } from "../layout/model";

/** The formatting part of a style; number formats travel with the values instead. */
export type FormatStyle = Omit<CellStyle, "numberFormat">;

export interface StyleGroup {
  readonly style: FormatStyle;
  /** Disjoint rectangles that end up with exactly this style. */
  readonly areas: readonly RangeRef[];
}

export interface ResolvedStyles {
  readonly groups: readonly StyleGroup[];
  /** Row-major number formats, null where none applies. */
  readonly numberFormats: readonly (readonly (string | null)[])[] | null;
}

/**
 * Resolves a layout's styles (applied in order, a later one overriding an earlier one property by
 * property) into each cell's final style, then groups the cells that share one into rectangles. Each
 * group can then be formatted with one `RangeAreas` request whatever the order of the layout's styles, and
 * an annex of thousands of blocks needs a few dozen requests rather than one per styled range.
 */
export function resolveStyles(layout: SheetLayout): ResolvedStyles {
  const rows = layout.styles.reduce(
    (most, { range }) => Math.max(most, range.row + range.rowCount),
    layout.values.length,
  );
  const columns = layout.styles.reduce(
    (most, { range }) => Math.max(most, range.column + range.columnCount),
    layout.columnWidths.length,
  );
  const styleIds = new Int32Array(rows * columns);
  const table: FormatStyle[] = [{}];
  const idOfKey = new Map<string, number>([["{}", 0]]);
  let numberFormats: (string | null)[][] | null = null;
  layout.styles.forEach(({ range, style }) => {
    const { numberFormat, ...format } = style;
    if (numberFormat !== undefined) {
      numberFormats ??= Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
      for (let r = range.row; r < range.row + range.rowCount; r++) {
        const row = numberFormats[r];
        if (row) for (let c = range.column; c < range.column + range.columnCount; c++) row[c] = numberFormat;
      }
    }
    if (Object.keys(format).length === 0) return;
    const transitions = new Map<number, number>();
    for (let r = range.row; r < range.row + range.rowCount; r++)
      for (let c = range.column; c < range.column + range.columnCount; c++) {
        const index = r * columns + c;
        const old = styleIds[index] ?? 0;
        let next = transitions.get(old);
        if (next === undefined) {
          const merged = { ...table[old], ...format };
          const key = styleKey(merged);
          next = idOfKey.get(key);
          if (next === undefined) {
            next = table.length;
            table.push(merged);
            idOfKey.set(key, next);
          }
          transitions.set(old, next);
        }
        styleIds[index] = next;
      }
  });
  const areas = rectangles(styleIds, rows, columns);
  const groups = [...areas]
    .filter(([id]) => id !== 0)
    .map(([id, list]) => ({ style: table[id] as FormatStyle, areas: list }));
  return { groups, numberFormats };
}

function styleKey(style: FormatStyle): string {
  return JSON.stringify(Object.entries(style).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Row runs of equal ids, stacked into rectangles where consecutive rows repeat the same run. */
function rectangles(ids: Int32Array, rows: number, columns: number): Map<number, RangeRef[]> {
  const result = new Map<number, RangeRef[]>();
  let open = new Map<
    string,
    { id: number; row: number; column: number; columnCount: number; rowCount: number }
  >();
  const close = (rect: {
    id: number;
    row: number;
    column: number;
    columnCount: number;
    rowCount: number;
  }) => {
    const list = result.get(rect.id) ?? [];
    list.push({ row: rect.row, column: rect.column, rowCount: rect.rowCount, columnCount: rect.columnCount });
    result.set(rect.id, list);
  };
  for (let r = 0; r < rows; r++) {
    const next = new Map<
      string,
      { id: number; row: number; column: number; columnCount: number; rowCount: number }
    >();
    let c = 0;
    while (c < columns) {
      const id = ids[r * columns + c] ?? 0;
      let end = c + 1;
      while (end < columns && ids[r * columns + end] === id) end++;
      const key = `${c}:${end}:${id}`;
      const previous = open.get(key);
      if (previous) {
        previous.rowCount++;
        open.delete(key);
        next.set(key, previous);
      } else next.set(key, { id, row: r, column: c, columnCount: end - c, rowCount: 1 });
      c = end;
    }
    open.forEach(close);
    open = next;
  }
  open.forEach(close);
  return result;
}
