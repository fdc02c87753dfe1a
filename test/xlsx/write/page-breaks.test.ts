import type { ChartSpec, SheetLayout } from "../../../src/layout/model";
import { chartPageBreaks } from "../../../src/xlsx/write/page-breaks";
import { aSheetLayout } from "./fixtures";

/**
 * A sheet of `rows` rows of `rowHeight` points with one chart: caption at `tableRow`, a 5-row table
 * right below it, then the chart (12 rows of 20 pt = 240 pt) one spacer row after the table.
 * A4 portrait with 0.75" margins leaves 734 pt, 712 pt after the writer's safety margin.
 */
function aSheetWithChart(options: {
  tableRow: number;
  rowHeight?: number;
  chartGap?: number;
  widths?: number[];
}): SheetLayout {
  const { tableRow, rowHeight = 20, chartGap = 1, widths = [100, 100, 100] } = options;
  const sourceRow = tableRow + 1;
  const anchorRow = sourceRow + 5 + chartGap;
  const rows = anchorRow + 12 + 5;
  const values = Array.from({ length: rows }, (_, row) => [row === tableRow ? "Figure 1" : null, null, null]);
  const chart: ChartSpec = {
    id: "c",
    type: "columnStacked",
    title: "t",
    source: { row: sourceRow, column: 0, rowCount: 5, columnCount: 3 },
    anchor: { row: anchorRow, column: 0, rowCount: 12, columnCount: 3 },
  };
  return aSheetLayout({
    values,
    columnWidths: widths,
    rowHeights: values.map((_, row) => (row >= anchorRow && row < anchorRow + 12 ? 20 : rowHeight)),
    styles: [],
    merges: [],
    hyperlinks: [],
    charts: [chart],
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: null,
      showGridlines: false,
    },
  });
}

describe("chartPageBreaks", () => {
  it("adds no break when caption, table and chart fit on the page", () => {
    // rows 0-9 (200 pt) + caption and table (120 pt) + spacer + chart (260 pt) = 580 pt
    expect(chartPageBreaks(aSheetWithChart({ tableRow: 10 }))).toEqual([]);
  });

  it("starts a new page at the caption when the block would cross the page end", () => {
    // rows 0-19 (400 pt) + 380 pt block > 712 pt
    expect(chartPageBreaks(aSheetWithChart({ tableRow: 20 }))).toEqual([20]);
  });

  it("keeps only the chart together when its table is not right above it", () => {
    expect(chartPageBreaks(aSheetWithChart({ tableRow: 15, chartGap: 8 }))).toEqual([29]);
  });

  it("counts the rows the application moves to the next page by itself, and the repeated title rows", () => {
    // Page 1 ends after row 34 (700 pt). Page 2 then holds rows 35-50 (320 pt) before the 380 pt block:
    // 700 pt fits; with two 20 pt title rows repeated on top it is 740 pt and does not.
    const layout = aSheetWithChart({ tableRow: 51 });
    expect(chartPageBreaks(layout)).toEqual([]);
    expect(
      chartPageBreaks({ ...layout, page: { ...layout.page, printTitleRows: { first: 0, last: 1 } } }),
    ).toEqual([51]);
  });

  it("lets a sheet scaled down to the page width hold more rows per page", () => {
    // Twice as wide as the printable width (523 pt): printed at 50%, a page holds about 1,400 pt of rows.
    expect(chartPageBreaks(aSheetWithChart({ tableRow: 20, widths: [400, 400, 246] }))).toEqual([]);
  });

  it("leaves a block taller than a page alone", () => {
    expect(chartPageBreaks(aSheetWithChart({ tableRow: 20, rowHeight: 90 }))).toEqual([]);
  });

  it("adds nothing to a sheet without charts", () => {
    expect(chartPageBreaks(aSheetLayout({ charts: [] }))).toEqual([]);
  });
});
