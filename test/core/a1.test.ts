import { cellAddress, columnLetters, EXCEL_ERROR_CODES } from "../../src/core/a1";

describe("A1 notation", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it("addresses 0-based cells", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(6, 7)).toBe("H7");
    expect(cellAddress(1_048_575, 16_383)).toBe("XFD1048576");
  });

  it("knows Excel's error values, and nothing that merely looks like one", () => {
    expect(EXCEL_ERROR_CODES.has("#N/A")).toBe(true);
    expect(EXCEL_ERROR_CODES.has("#REF!")).toBe(true);
    expect(EXCEL_ERROR_CODES.has("#n/a")).toBe(false);
    expect(EXCEL_ERROR_CODES.has("#TODO")).toBe(false);
  });
});
