import type { Box, CellFormat, CellSnapshot, MemoryExcel, SheetSnapshot } from "../../memory-excel";
import { parseBox, splitSheet } from "../../memory-excel/address";
import type {
  AreaDrawing,
  CellDrawing,
  CellLook,
  ChartDrawing,
  SheetDrawing,
  WorkbookDrawing,
} from "./drawing";

/** Rows drawn at most: the preview shows the sample and what the add-in generates from it. */
export const MAX_DRAWN_ROWS = 500;

/**
 * A drawing of the in-memory workbook, from the in-memory Excel's own snapshots: cell text after number
 * formats, formats, merges, links, the add-in's conditional-format marks, and charts with their data.
 */
export function drawWorkbook(
  excel: Pick<MemoryExcel, "sheetNames" | "snapshot" | "state">,
  shown: string | null,
): WorkbookDrawing {
  const { state } = excel;
  const live = state.sheets.filter((sheet) => !sheet.deleted);
  const active = live.find((sheet) => sheet.id === state.activeSheetId) ?? live[0];
  const selected = state.selection ? live.find((sheet) => sheet.id === state.selection?.sheetId) : undefined;
  const name = shown !== null && live.some((sheet) => sheet.name === shown) ? shown : (active?.name ?? null);
  const snapshots = new Map<string, SheetSnapshot>();
  const snapshotOf = (sheet: string): SheetSnapshot | undefined => {
    let snapshot = snapshots.get(sheet);
    if (!snapshot && live.some((candidate) => candidate.name === sheet)) {
      snapshot = excel.snapshot(sheet);
      snapshots.set(sheet, snapshot);
    }
    return snapshot;
  };
  const drawn = name !== null ? snapshotOf(name) : undefined;
  return {
    tabs: live.map((sheet) => ({ name: sheet.name, hidden: sheet.visibility !== "Visible" })),
    activeSheet: active?.name ?? "",
    shown: drawn ? drawSheet(drawn, snapshotOf) : null,
    selection:
      selected && state.selection
        ? { sheet: selected.name, row: state.selection.box.row, column: state.selection.box.column }
        : null,
  };
}

function drawSheet(
  snapshot: SheetSnapshot,
  snapshotOf: (sheet: string) => SheetSnapshot | undefined,
): SheetDrawing {
  let rowCount = 0;
  let columnCount = 0;
  const grow = (box: Box) => {
    rowCount = Math.max(rowCount, box.row + box.rowCount);
    columnCount = Math.max(columnCount, box.column + box.columnCount);
  };
  for (const cell of snapshot.cells)
    grow({ row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 });
  for (const merge of snapshot.merges) grow(merge);
  const charts = snapshot.charts.flatMap((chart) => drawChart(chart, snapshotOf));
  for (const chart of charts) grow(chart.anchor);
  for (const [column] of snapshot.columnWidths) columnCount = Math.max(columnCount, column + 1);
  const allRows = rowCount;
  rowCount = Math.min(rowCount, MAX_DRAWN_ROWS);

  const cells: (CellDrawing | null)[][] = Array.from({ length: rowCount }, () =>
    new Array<CellDrawing | null>(columnCount).fill(null),
  );
  for (const cell of snapshot.cells) {
    if (cell.row >= rowCount) break;
    const row = cells[cell.row];
    if (row) row[cell.column] = drawCell(cell);
  }
  const widths = new Map(snapshot.columnWidths);
  const heights = new Map(snapshot.rowHeights);
  return {
    name: snapshot.name,
    hidden: snapshot.visibility !== "Visible",
    rowCount,
    undrawnRows: allRows - rowCount,
    columnCount,
    cells,
    columnWidths: Array.from({ length: columnCount }, (_, c) => widths.get(c) ?? null),
    rowHeights: Array.from({ length: rowCount }, (_, r) => heights.get(r) ?? null),
    merges: snapshot.merges,
    charts,
    frozenRows: snapshot.freezeRows,
    showGridlines: snapshot.showGridlines,
  };
}

function drawCell(cell: CellSnapshot): CellDrawing {
  const mark: CellLook | null =
    cell.conditionalFill !== null || cell.conditionalFontColor !== null
      ? {
          ...(cell.conditionalFill !== null && { fill: cell.conditionalFill }),
          ...(cell.conditionalFontColor !== null && { fontColor: cell.conditionalFontColor }),
        }
      : null;
  const shown = cell.error ?? cell.value;
  return {
    text: cell.text,
    numeric: typeof shown === "number",
    style: look(cell.format),
    hyperlink: safeLink(cell.hyperlink?.address),
    mark,
  };
}

/** Only http and https links become clickable in the preview, as in the generated sheets. */
function safeLink(address: string | undefined): string | null {
  return address && /^https?:\/\//i.test(address) ? address : null;
}

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "center", Bottom: "bottom" } as const;

function look(format: CellFormat): CellLook {
  const horizontal = format.horizontal ? HORIZONTAL[format.horizontal as keyof typeof HORIZONTAL] : undefined;
  const vertical = format.vertical ? VERTICAL[format.vertical as keyof typeof VERTICAL] : undefined;
  const border = [format.borderTop, format.borderBottom, format.borderLeft, format.borderRight].some(
    (edge) => edge !== undefined && edge.style !== "None",
  );
  return {
    ...(format.bold !== undefined && { bold: format.bold }),
    ...(format.italic !== undefined && { italic: format.italic }),
    ...(format.fontSize !== undefined && { fontSize: format.fontSize }),
    ...(format.fontColor !== undefined && { fontColor: format.fontColor }),
    ...(format.fill !== undefined && { fill: format.fill }),
    ...(horizontal !== undefined && { horizontal }),
    ...(vertical !== undefined && { vertical }),
    ...(format.wrap !== undefined && { wrap: format.wrap }),
    ...(format.indent !== undefined && { indent: format.indent }),
    ...(border && { border }),
  };
}

/** Reads the chart's data from its source range: series names in the first row, categories in the first column. */
function drawChart(
  chart: SheetSnapshot["charts"][number],
  snapshotOf: (sheet: string) => SheetSnapshot | undefined,
): ChartDrawing[] {
  if (!chart.position) return [];
  const { sheet: sourceName } = splitSheet(chart.source);
  const source = sourceName === null ? undefined : snapshotOf(sourceName);
  if (!source) return [];
  const box = parseBox(chart.source);
  const cellAt = new Map(source.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const text = (row: number, column: number) => cellAt.get(`${row}:${column}`)?.text ?? "";
  const number = (row: number, column: number) => {
    const value = cellAt.get(`${row}:${column}`)?.value;
    return typeof value === "number" ? value : 0;
  };
  const byColumns = chart.seriesBy !== "Rows";
  const categoryCount = byColumns ? box.rowCount - 1 : box.columnCount - 1;
  const seriesCount = byColumns ? box.columnCount - 1 : box.rowCount - 1;
  const categories = Array.from({ length: Math.max(0, categoryCount) }, (_, i) =>
    byColumns ? text(box.row + 1 + i, box.column) : text(box.row, box.column + 1 + i),
  );
  const series = Array.from({ length: Math.max(0, seriesCount) }, (_, s) => ({
    name: byColumns ? text(box.row, box.column + 1 + s) : text(box.row + 1 + s, box.column),
    values: categories.map((_, i) =>
      byColumns ? number(box.row + 1 + i, box.column + 1 + s) : number(box.row + 1 + s, box.column + 1 + i),
    ),
    // Columns are coloured by their fill; a line by its line format.
    color: chart.seriesColors[s] ?? lineColor(chart.settings[`series[${s}].format.line.color`]),
  }));
  const start = parseBox(chart.position.start);
  const end = parseBox(chart.position.end);
  const anchor: AreaDrawing = {
    row: start.row,
    column: start.column,
    rowCount: end.row - start.row + 1,
    columnCount: end.column - start.column + 1,
  };
  return [
    {
      name: chart.name,
      type: chart.type,
      title: chart.title ?? "",
      categories,
      series,
      xAxisTitle: chart.categoryAxisTitle || null,
      yAxisTitle: chart.valueAxisTitle || null,
      anchor,
    },
  ];
}

function lineColor(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
