import type { CellStyle, RangeRef, SheetLayout } from "../layout/model";
import { cellAddress } from "./a1";

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
 * property) into each cell's final style, and says how to format the cells with few, short `RangeAreas`
 * requests: groups that each set some properties over a list of rectangles, to apply in order.
 *
 * Per property, the cells that end with one value form rectangles. When a property is set over most of a
 * block (top alignment, say, with a few centred rows), it is cheaper to set the commonest value over all
 * the cells that have the property, in a few large rectangles, and then the other values over theirs: the
 * commonest value's own rectangles, often the longest list, are then never sent. Properties that end up
 * with the same rectangles (an annex's status cells: fill, colour, italics, centring) share one group.
 * Every cell ends with exactly its final style; cells without one are never touched.
 *
 * @example resolveStyles(layout).groups[0] // { style: { fontSize: 10, wrap: true }, areas: [{ row: 0, column: 0, rowCount: 40, columnCount: 3 }] }
 */
export function resolveStyles(layout: SheetLayout): ResolvedStyles {
  const { styleIds, table, rows, columns, numberFormats } = resolveCells(layout);
  const bases: StyleGroup[] = [];
  const overrides: StyleGroup[] = [];
  const properties = [
    ...new Set(table.flatMap((style) => Object.keys(style))),
  ].sort() as (keyof FormatStyle)[];
  for (const property of properties) {
    // Style id -> value id of this property (0: the style leaves it unset).
    const values: FormatStyle[keyof FormatStyle][] = [undefined];
    const valueOf = new Int32Array(table.length);
    table.forEach((style, id) => {
      const value = style[property];
      if (value === undefined) return;
      let index = values.indexOf(value);
      if (index < 0) index = values.push(value) - 1;
      valueOf[id] = index;
    });
    const ids = new Int32Array(styleIds.length);
    for (let i = 0; i < styleIds.length; i++) ids[i] = valueOf[styleIds[i] ?? 0] ?? 0;
    const byValue = [...rectangles(ids, rows, columns)].filter(([index]) => index !== 0);
    const groupOf = ([index, areas]: [number, RangeRef[]]): StyleGroup => ({
      style: { [property]: values[index] } as FormatStyle,
      areas,
    });
    const costs = byValue.map(([, areas]) => addressLength(areas));
    const mostCostly = costs.reduce((best, cost, i) => (cost > (costs[best] ?? 0) ? i : best), 0);
    const base = byValue[mostCostly];
    const defined =
      byValue.length > 1
        ? rectangles(
            ids.map((id) => (id === 0 ? 0 : 1)),
            rows,
            columns,
          ).get(1)
        : undefined;
    if (byValue.length === 1) bases.push(...byValue.map(groupOf));
    else if (base && defined && addressLength(defined) < (costs[mostCostly] ?? 0)) {
      bases.push({ style: { [property]: values[base[0]] } as FormatStyle, areas: defined });
      overrides.push(...byValue.filter((_, i) => i !== mostCostly).map(groupOf));
    } else overrides.push(...byValue.map(groupOf));
  }
  return { groups: [...sharedAreas(bases), ...sharedAreas(overrides)], numberFormats };
}

/** Merges groups (of different properties) whose rectangles are the same into one group. */
function sharedAreas(groups: readonly StyleGroup[]): StyleGroup[] {
  const byAreas = new Map<string, StyleGroup>();
  for (const group of groups) {
    const key = group.areas
      .map(({ row, column, rowCount, columnCount }) => `${row},${column},${rowCount},${columnCount}`)
      .join(";");
    const same = byAreas.get(key);
    byAreas.set(key, same ? { style: { ...same.style, ...group.style }, areas: same.areas } : group);
  }
  return [...byAreas.values()];
}

/** The length of the areas as a comma-separated A1 address. */
function addressLength(areas: readonly RangeRef[]): number {
  let length = 0;
  for (const area of areas) {
    const single = area.rowCount === 1 && area.columnCount === 1;
    length += cellAddress(area.row, area.column).length + 1;
    if (!single)
      length += cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1).length + 1;
  }
  return length;
}

interface ResolvedCells {
  /** Row-major final style id of each cell (0: no style). */
  readonly styleIds: Int32Array;
  readonly table: readonly FormatStyle[];
  readonly rows: number;
  readonly columns: number;
  readonly numberFormats: (string | null)[][] | null;
}

function resolveCells(layout: SheetLayout): ResolvedCells {
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
  return { styleIds, table, rows, columns, numberFormats };
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
