import ExcelJS from "exceljs";
import type { ChartSpec, SheetLayout } from "../../../src/layout/model";

/**
 * A small register as users keep it: styled header, an Excel table, a merge, a formula, a date,
 * a hyperlink and a frozen header, so that the tests can check none of it is disturbed.
 */
export async function anInputWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "test";
  const sheet = workbook.addWorksheet("Register", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "Symbol", key: "symbol", width: 20 },
    { header: "Rec.", key: "number", width: 6 },
    { header: "Acceptance", key: "acceptance", width: 14 },
    { header: "Due", key: "due", width: 12 },
  ];
  sheet.addTable({
    name: "Recommendations",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Symbol" }, { name: "Rec." }, { name: "Acceptance" }, { name: "Due" }],
    rows: [
      ["JIU/REP/2020/8", 1, "Accepted", new Date(Date.UTC(2023, 1, 28))],
      ["JIU/REP/2021/3", 2, "=not a formula", new Date(Date.UTC(2022, 11, 31))],
    ],
  });
  sheet.getCell("A1").font = { bold: true, color: { argb: "FFC00000" } };
  sheet.getCell("D2").numFmt = "yyyy-mm-dd";
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Merged note";
  notes.mergeCells("A1:C2");
  notes.getCell("A4").value = { formula: "1+1", result: 2 };
  notes.getCell("A5").value = { text: "JIU", hyperlink: "https://www.unjiu.org/" };
  notes.getCell("B4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A small summary-like sheet with a stacked-column chart over a year × status table. */
export function aSheetLayout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  const chart: ChartSpec = {
    id: "legislative",
    type: "columnStacked",
    title: "JIU recommendations to legislative bodies, 2018–2021",
    source: { row: 3, column: 0, rowCount: 4, columnCount: 3 },
    anchor: { row: 8, column: 0, rowCount: 15, columnCount: 4 },
    seriesColors: ["#1F4E79", "#F4B183"],
  };
  return {
    kind: "summary",
    name: "Summary",
    values: [
      ["Summary as of 28 February 2023", null, null, null],
      ["=1+1", "+A1", "-2", "@SUM(A1)"],
      ["\t=x", "\r\n=y", "JIU/REP/2020/8", null],
      ["Year", "Implemented", "In progress", null],
      [2019, 3, 1, null],
      [2020, 2, 0, null],
      [2021, 0, 4, null],
      ["Rate", 0.75, null, null],
    ],
    columnWidths: [120, 90, 90, 60],
    rowHeights: [28, null, null, null, null, null, null, null],
    styles: [
      { range: { row: 0, column: 0, rowCount: 1, columnCount: 4 }, style: { bold: true, fontSize: 14 } },
      { range: { row: 3, column: 0, rowCount: 4, columnCount: 3 }, style: { border: "thin" } },
      {
        range: { row: 3, column: 0, rowCount: 1, columnCount: 3 },
        style: { bold: true, fill: "#D9E1F2", wrap: true },
      },
      {
        range: { row: 7, column: 1, rowCount: 1, columnCount: 1 },
        style: { numberFormat: "0%", horizontal: "right" },
      },
    ],
    merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 4 }],
    hyperlinks: [
      { row: 2, column: 2, address: "https://www.unjiu.org/reports/2020-8", text: "JIU/REP/2020/8" },
    ],
    charts: [chart],
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: { first: 0, last: 0 },
      showGridlines: false,
    },
    freezeRows: 1,
    ...overrides,
  };
}
