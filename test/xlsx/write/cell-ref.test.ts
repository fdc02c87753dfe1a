import {
  absoluteRangeFormula,
  absoluteRowsFormula,
  cellAddress,
  columnLetters,
  quotedSheetName,
  rangeAddress,
} from "../../../src/xlsx/write/cell-ref";

describe("cell references", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it("gives cell and range addresses from 0-based coordinates", () => {
    expect(cellAddress(2, 1)).toBe("B3");
    expect(rangeAddress({ row: 0, column: 0, rowCount: 1, columnCount: 4 })).toBe("A1:D1");
    expect(rangeAddress({ row: 4, column: 2, rowCount: 1, columnCount: 1 })).toBe("C5");
  });

  it.each([
    ["Summary", "'Summary'"],
    ["摘要", "'摘要'"],
    ["Bob's notes", "'Bob''s notes'"],
    ["Annex I", "'Annex I'"],
  ])("quotes sheet name %s as %s", (name, quoted) => {
    expect(quotedSheetName(name)).toBe(quoted);
  });

  it("writes absolute range and row formulas with the sheet name quoted", () => {
    expect(absoluteRangeFormula("Summary", { row: 4, column: 1, rowCount: 4, columnCount: 1 })).toBe(
      "'Summary'!$B$5:$B$8",
    );
    expect(absoluteRangeFormula("附件一 'a'", { row: 3, column: 2, rowCount: 1, columnCount: 1 })).toBe(
      "'附件一 ''a'''!$C$4",
    );
    expect(absoluteRowsFormula("Annex I", 0, 3)).toBe("'Annex I'!$1:$4");
  });
});
