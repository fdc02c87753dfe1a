import type { Box } from "../../memory-excel/address";
import { MAX_COLUMNS } from "../../memory-excel/address";
import type { CellFormat, CellState, ChartState, SheetState, WorkbookState } from "../../memory-excel/state";
import { formatCellText } from "./format-cell";
import { markLook, type MarkEvaluator } from "./marks";
import type { CellLook, CellSnapshot, ChartSnapshot, SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/**
 * A picture of the in-memory workbook for drawing: cell text after number formats, formats, merges,
 * links, conditional-format marks and charts with the data they read.
 */
export function snapshotFromState(state: WorkbookState, evaluateMark: MarkEvaluator): WorkbookSnapshot {
  const sheets = state.sheets.filter((sheet) => !sheet.deleted);
  const active = sheets.find((sheet) => sheet.id === state.activeSheetId) ?? sheets[0];
  const selectionSheet = state.selection
    ? sheets.find((sheet) => sheet.id === state.selection?.sheetId)
    : undefined;
  return {
    sheets: sheets.map((sheet) => sheetSnapshot(state, sheet, evaluateMark)),
    activeSheet: active?.name ?? "",
    selection:
      state.selection && selectionSheet
        ? { sheet: selectionSheet.name, row: state.selection.box.row, column: state.selection.box.column }
        : null,
  };
}

function sheetSnapshot(state: WorkbookState, sheet: SheetState, evaluateMark: MarkEvaluator): SheetSnapshot {
  let rowCount = 0;
  let columnCount = 0;
  const grow = (box: Box) => {
    rowCount = Math.max(rowCount, box.row + box.rowCount);
    columnCount = Math.max(columnCount, box.column + box.columnCount);
  };
  for (const key of sheet.cells.keys()) grow(cellBox(key));
  for (const merge of sheet.merges) grow(merge);
  for (const chart of sheet.charts) if (chart.position) grow(chartAnchor(chart.position));
  for (const column of sheet.columnWidths.keys()) columnCount = Math.max(columnCount, column + 1);

  const cells: (CellSnapshot | null)[][] = [];
  for (let r = 0; r < rowCount; r++) cells.push(new Array<CellSnapshot | null>(columnCount).fill(null));
  for (const [key, cell] of sheet.cells) {
    const { row, column } = cellBox(key);
    const row_ = cells[row];
    if (row_) row_[column] = cellSnapshot(cell, markLook(state, sheet, row, column, evaluateMark));
  }
  // Marks also show on empty cells of the register (a missing value is a finding too).
  for (const format of sheet.conditionalFormats) {
    for (const box of format.ranges) {
      for (let r = box.row; r < Math.min(box.row + box.rowCount, rowCount); r++) {
        for (let c = box.column; c < Math.min(box.column + box.columnCount, columnCount); c++) {
          const row_ = cells[r];
          if (row_ && row_[c] === null) {
            const mark = markLook(state, sheet, r, c, evaluateMark);
            if (mark) row_[c] = { text: "", numeric: false, style: {}, hyperlink: null, mark };
          }
        }
      }
    }
  }

  return {
    name: sheet.name,
    hidden: sheet.visibility !== "Visible",
    rowCount,
    columnCount,
    cells,
    columnWidths: Array.from({ length: columnCount }, (_, c) => sheet.columnWidths.get(c) ?? null),
    rowHeights: Array.from({ length: rowCount }, (_, r) => sheet.rowHeights.get(r) ?? null),
    merges: sheet.merges,
    charts: sheet.charts.flatMap((chart) => chartSnapshot(state, chart)),
    frozenRows: sheet.freezeRows,
    showGridlines: sheet.showGridlines,
  };
}

function cellBox(key: number): { row: number; column: number; rowCount: 1; columnCount: 1 } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS, rowCount: 1, columnCount: 1 };
}

function cellSnapshot(cell: CellState, mark: CellLook | null): CellSnapshot {
  const value = cell.error ?? cell.value;
  return {
    text: formatCellText(value, cell.numberFormat),
    numeric: typeof value === "number",
    style: look(cell.format),
    hyperlink: safeLink(cell.hyperlink?.address),
    mark,
  };
}

/** Only http and https links become clickable in the preview, as in the generated sheets. */
function safeLink(address: string | undefined): string | null {
  return address && /^https?:\/\//i.test(address) ? address : null;
}

function look(format: CellFormat): CellLook {
  const horizontal = alignment(format.horizontal, {
    Left: "left",
    Center: "center",
    Right: "right",
  } as const);
  const vertical = alignment(format.vertical, { Top: "top", Center: "center", Bottom: "bottom" } as const);
  const border = [format.borderTop, format.borderBottom, format.borderLeft, format.borderRight].some(
    (edge) => edge !== undefined && edge.style !== "None",
  );
  return {
    ...(format.bold !== undefined && { bold: format.bold }),
    ...(format.italic !== undefined && { italic: format.italic }),
    ...(format.fontSize !== undefined && { fontSize: format.fontSize }),
    ...(format.fontColor !== undefined && { fontColor: format.fontColor }),
    ...(format.fill !== undefined && { fill: format.fill }),
    ...(horizontal && { horizontal }),
    ...(vertical && { vertical }),
    ...(format.wrap !== undefined && { wrap: format.wrap }),
    ...(format.indent !== undefined && { indent: format.indent }),
    ...(border && { border }),
  };
}

function alignment<T extends string>(
  value: string | undefined,
  map: Readonly<Record<string, T>>,
): T | undefined {
  return value === undefined ? undefined : map[value];
}

function chartAnchor(position: { start: Box; end: Box }): Box {
  return {
    row: position.start.row,
    column: position.start.column,
    rowCount: position.end.row - position.start.row + 1,
    columnCount: position.end.column - position.start.column + 1,
  };
}

function chartSnapshot(state: WorkbookState, chart: ChartState): ChartSnapshot[] {
  const sheet = state.sheets.find((candidate) => candidate.id === chart.source.sheetId);
  if (!sheet || !chart.position) return [];
  const { box } = chart.source;
  const text = (row: number, column: number) => {
    const cell = sheet.cells.get(row * MAX_COLUMNS + column);
    return cell ? formatCellText(cell.value, cell.numberFormat) : "";
  };
  const number = (row: number, column: number) => {
    const value = sheet.cells.get(row * MAX_COLUMNS + column)?.value;
    return typeof value === "number" ? value : 0;
  };
  const byColumns = chart.seriesBy !== "Rows";
  const categoryCount = byColumns ? box.rowCount - 1 : box.columnCount - 1;
  const seriesCount = byColumns ? box.columnCount - 1 : box.rowCount - 1;
  const categories = Array.from({ length: categoryCount }, (_, i) =>
    byColumns ? text(box.row + 1 + i, box.column) : text(box.row, box.column + 1 + i),
  );
  const series = Array.from({ length: seriesCount }, (_, s) => ({
    name: byColumns ? text(box.row, box.column + 1 + s) : text(box.row + 1 + s, box.column),
    values: categories.map((_, i) =>
      byColumns ? number(box.row + 1 + i, box.column + 1 + s) : number(box.row + 1 + s, box.column + 1 + i),
    ),
    color: chart.seriesColors.get(s) ?? null,
  }));
  return [
    {
      name: chart.name,
      type: chart.type,
      title: chart.title.visible ? chart.title.text : "",
      categories,
      series,
      xAxisTitle:
        chart.categoryAxisTitle.visible && chart.categoryAxisTitle.text ? chart.categoryAxisTitle.text : null,
      yAxisTitle:
        chart.valueAxisTitle.visible && chart.valueAxisTitle.text ? chart.valueAxisTitle.text : null,
      anchor: chartAnchor(chart.position),
    },
  ];
}
