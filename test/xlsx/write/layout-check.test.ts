import type { CellStyle } from "../../../src/layout/model";
import { layoutProblems } from "../../../src/xlsx/write/layout-check";
import { aSheetLayout } from "./fixtures";

describe("layoutProblems: style colours", () => {
  it("names every range of a style with a malformed colour, each style checked once", () => {
    const bad: CellStyle = { fill: "red", fontColor: "#12345" };
    const good: CellStyle = { fill: "#1F4E79", bold: true };
    const range = (row: number) => ({ row, column: 0, rowCount: 1, columnCount: 1 });
    const layout = aSheetLayout({
      styles: [
        { range: range(0), style: bad },
        { range: range(1), style: good },
        { range: range(2), style: bad },
      ],
    });
    expect(layoutProblems(layout)).toEqual([
      'Sheet "Summary": style 1: fill "red" is not "#RRGGBB".',
      'Sheet "Summary": style 1: fontColor "#12345" is not "#RRGGBB".',
      'Sheet "Summary": style 3: fill "red" is not "#RRGGBB".',
      'Sheet "Summary": style 3: fontColor "#12345" is not "#RRGGBB".',
    ]);
  });
});
