import type { AreaDrawing } from "./drawing";

/** For each merged area: its top-left cell spans it, and every other cell in it is not drawn. */
export interface MergeMap {
  spanAt(row: number, column: number): { rowSpan: number; colSpan: number } | null;
  isCovered(row: number, column: number): boolean;
}

export function mergeMap(merges: readonly AreaDrawing[]): MergeMap {
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of merges) {
    spans.set(key(merge.row, merge.column), { rowSpan: merge.rowCount, colSpan: merge.columnCount });
    for (let r = merge.row; r < merge.row + merge.rowCount; r++) {
      for (let c = merge.column; c < merge.column + merge.columnCount; c++) {
        if (r !== merge.row || c !== merge.column) covered.add(key(r, c));
      }
    }
  }
  return {
    spanAt: (row, column) => spans.get(key(row, column)) ?? null,
    isCovered: (row, column) => covered.has(key(row, column)),
  };
}

function key(row: number, column: number): string {
  return `${row}:${column}`;
}
