import type { CellValue, GridSheet, WorkbookGrid } from "../../../src/core/grid";
import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { sha256, tempFolder, writeExcelJs } from "./fixtures";

/** The value at a worksheet address such as "B3", read through the grid's origin. */
function at(sheet: GridSheet, address: string): CellValue | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`bad address ${address}`);
  const column = [...(match[1] ?? "")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  return sheet.cells[row - sheet.origin.row]?.[column - sheet.origin.column];
}

function sheetNamed(grid: WorkbookGrid, name: string): GridSheet {
  const sheet = grid.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("readWorkbookGrid on a workbook written by ExcelJS", () => {
  const folder = tempFolder();
  let path = "";
  let grid: WorkbookGrid;
  let hashBefore = "";

  beforeAll(async () => {
    path = await writeExcelJs(folder.path("cells.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("登记册");
      sheet.getCell("A1").value = "报告文号";
      sheet.getCell("B1").value = "建议编号";
      sheet.getCell("A2").value = "JIU/REP/2021/6";
      sheet.getCell("B2").value = 4;
      sheet.getCell("C2").value = "  spaced text kept as is ";
      sheet.getCell("D2").value = new Date(Date.UTC(2023, 1, 28));
      sheet.getCell("D2").numFmt = "yyyy-mm-dd";
      sheet.getCell("E2").value = { richText: [{ text: "Hello " }, { font: { bold: true }, text: "world" }] };
      sheet.getCell("F2").value = { text: "Report", hyperlink: "https://www.unjiu.org/report.pdf" };
      sheet.getCell("G2").value = { formula: "1+1", result: 2 };
      sheet.getCell("H2").value = { formula: "NA()", result: { error: "#N/A" } };
      sheet.getCell("I2").value = { error: "#REF!" };
      sheet.getCell("J2").value = true;
      sheet.getCell("K2").value = { formula: 'CONCATENATE("a","b")', result: "ab" };
      sheet.getCell("L2").value = { formula: "DATE(2022,12,31)", result: new Date(Date.UTC(2022, 11, 31)) };
      sheet.getCell("L2").numFmt = "d mmm yyyy";
      sheet.getCell("M2").value = { formula: "TRUE()", result: true };
      sheet.getCell("N2").value = 0.25;
      sheet.getCell("N2").numFmt = "0%";
      sheet.getCell("O2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("P2").value = { formula: 'HYPERLINK("https://example.org/x","Open")', result: "Open" };
      sheet.getCell("Q2").value = "line one\r\nline two";
      sheet.getCell("R2").value = "=not a formula";
      sheet.getCell("A4").value = "after a blank row";

      const offset = workbook.addWorksheet("Offset");
      offset.getCell("C5").value = "first";
      offset.getCell("E7").value = 7;

      workbook.addWorksheet("Empty");

      const tabled = workbook.addWorksheet("Tabled");
      tabled.getCell("A1").value = "Title above the table";
      tabled.addTable({
        name: "Register",
        ref: "B3",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Report symbol", totalsRowLabel: "Total" },
          { name: "Recommendation no.", totalsRowFunction: "count" },
        ],
        rows: [
          ["JIU/REP/2020/7", 1],
          ["JIU/REP/2020/7", 2],
        ],
      });
    });
    hashBefore = sha256(path);
    grid = await readWorkbookGrid(path);
  });
  afterAll(() => folder.dispose());

  it("lists every worksheet in tab order, Chinese names included", () => {
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["登记册", "Offset", "Empty", "Tabled"]);
  });

  it("keeps strings, numbers and booleans as they are", () => {
    const sheet = sheetNamed(grid, "登记册");
    expect(at(sheet, "A1")).toBe("报告文号");
    expect(at(sheet, "A2")).toBe("JIU/REP/2021/6");
    expect(at(sheet, "B2")).toBe(4);
    expect(at(sheet, "C2")).toBe("  spaced text kept as is ");
    expect(at(sheet, "J2")).toBe(true);
    expect(at(sheet, "N2")).toBe(0.25);
    // XML turns a raw CR LF into LF; Excel itself writes a CR as "_x000D_" (see the hand-made package tests).
    expect(at(sheet, "Q2")).toBe("line one\nline two");
    expect(at(sheet, "R2")).toBe("=not a formula");
  });

  it("reads a date-formatted number as a calendar date", () => {
    expect(at(sheetNamed(grid, "登记册"), "D2")).toEqual({ kind: "date", iso: "2023-02-28" });
  });

  it("flattens rich text to its plain text", () => {
    expect(at(sheetNamed(grid, "登记册"), "E2")).toBe("Hello world");
  });

  it("reads a hyperlinked cell as a link with its text and address", () => {
    expect(at(sheetNamed(grid, "登记册"), "F2")).toEqual({
      kind: "link",
      text: "Report",
      address: "https://www.unjiu.org/report.pdf",
    });
  });

  it("reads =HYPERLINK(...) with a literal address as a link", () => {
    expect(at(sheetNamed(grid, "登记册"), "P2")).toEqual({
      kind: "link",
      text: "Open",
      address: "https://example.org/x",
    });
  });

  it("gives a formula's cached result, typed: number, text, date, boolean", () => {
    const sheet = sheetNamed(grid, "登记册");
    expect(at(sheet, "G2")).toBe(2);
    expect(at(sheet, "K2")).toBe("ab");
    expect(at(sheet, "L2")).toEqual({ kind: "date", iso: "2022-12-31" });
    expect(at(sheet, "M2")).toBe(true);
  });

  it("keeps error values, and formula error results, with their code", () => {
    const sheet = sheetNamed(grid, "登记册");
    expect(at(sheet, "H2")).toEqual({ kind: "error", code: "#N/A" });
    expect(at(sheet, "I2")).toEqual({ kind: "error", code: "#REF!" });
    expect(at(sheet, "O2")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  it("gives a rectangular used range, with blank rows and cells as null", () => {
    const sheet = sheetNamed(grid, "登记册");
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.cells).toHaveLength(4);
    expect(new Set(sheet.cells.map((row) => row.length))).toEqual(new Set([18]));
    expect(sheet.cells[2]?.every((cell) => cell === null)).toBe(true);
    expect(at(sheet, "A4")).toBe("after a blank row");
    expect(at(sheet, "B4")).toBeNull();
  });

  it("starts the used range at its first cell with a value", () => {
    const sheet = sheetNamed(grid, "Offset");
    expect(sheet.origin).toEqual({ row: 5, column: 3 });
    expect(sheet.cells).toEqual([
      ["first", null, null],
      [null, null, null],
      [null, null, 7],
    ]);
  });

  it("gives an empty sheet no cells", () => {
    expect(sheetNamed(grid, "Empty").cells).toEqual([]);
  });

  it("reads an Excel table's extent, header row and totals row", () => {
    const sheet = sheetNamed(grid, "Tabled");
    expect(sheet.tables).toEqual([
      { name: "Register", headerRow: 3, firstColumn: 2, lastRow: 6, lastColumn: 3, hasTotalsRow: true },
    ]);
    expect(at(sheet, "B3")).toBe("Report symbol");
    expect(at(sheet, "C5")).toBe(2);
    expect(at(sheet, "B6")).toBe("Total");
  });

  it("does not write to the file it reads", () => {
    expect(sha256(path)).toBe(hashBefore);
  });
});

describe("readWorkbookGrid and the 1904 date system", () => {
  const folder = tempFolder();
  afterAll(() => folder.dispose());

  it("reads dates of a 1904-based workbook on the right day", async () => {
    const path = await writeExcelJs(folder.path("1904.xlsx"), (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet("Dates");
      sheet.getCell("A1").value = new Date(Date.UTC(2023, 1, 28));
      sheet.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    const grid = await readWorkbookGrid(path);
    expect(grid.sheets[0]?.cells).toEqual([[{ kind: "date", iso: "2023-02-28" }]]);
  });
});
