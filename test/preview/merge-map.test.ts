import { cellAddress, columnLetters } from "../../dev/preview/workbook/addresses";
import { mergeMap } from "../../dev/preview/workbook/merge-map";

describe("mergeMap", () => {
  const map = mergeMap([{ row: 1, column: 1, rowCount: 2, columnCount: 3 }]);

  it("gives the top-left cell the span", () => {
    expect(map.spanAt(1, 1)).toEqual({ rowSpan: 2, colSpan: 3 });
    expect(map.isCovered(1, 1)).toBe(false);
  });

  it("hides every other cell of the area, and nothing outside it", () => {
    expect(map.isCovered(2, 3)).toBe(true);
    expect(map.isCovered(1, 2)).toBe(true);
    expect(map.isCovered(3, 1)).toBe(false);
    expect(map.isCovered(1, 4)).toBe(false);
    expect(map.spanAt(2, 3)).toBeNull();
  });
});

describe("addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %p is %p", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it("writes A1-style addresses from 0-based coordinates", () => {
    expect(cellAddress(6, 7)).toBe("H7");
  });
});
