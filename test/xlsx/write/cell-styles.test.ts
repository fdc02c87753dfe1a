import fc from "fast-check";
import type { CellStyle, StyledRange } from "../../../src/layout/model";
import { RowStyles } from "../../../src/xlsx/write/cell-styles";

const STYLES: readonly CellStyle[] = [{ bold: true }, { fill: "#FF0000" }, { bold: false, wrap: true }, {}];
const range: fc.Arbitrary<StyledRange> = fc.record({
  range: fc.record({
    row: fc.integer({ min: 0, max: 12 }),
    column: fc.integer({ min: 0, max: 4 }),
    rowCount: fc.integer({ min: 1, max: 4 }),
    columnCount: fc.integer({ min: 1, max: 4 }),
  }),
  style: fc.constantFrom(...STYLES),
});

/** Every range covering the cell, in the layout's order, merged property by property. */
function bruteForce(ranges: readonly StyledRange[], row: number, column: number): CellStyle | undefined {
  let style: CellStyle | undefined;
  for (const { range: r, style: own } of ranges) {
    if (row < r.row || row >= r.row + r.rowCount || column < r.column || column >= r.column + r.columnCount)
      continue;
    const defined = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined));
    style = { ...style, ...defined };
  }
  return style;
}

describe("RowStyles", () => {
  it("gives each cell the merge of the ranges over it, in the layout's order, sorted by row or not", () => {
    const ordered = fc
      .array(range, { maxLength: 12 })
      .map((ranges) => [...ranges].sort((a, b) => a.range.row - b.range.row));
    fc.assert(
      fc.property(fc.oneof(fc.array(range, { maxLength: 12 }), ordered), (ranges) => {
        const styles = new RowStyles(ranges, 6);
        for (let row = 0; row < 18; row++) {
          const got = styles.row(row);
          for (let column = 0; column < 6; column++) {
            expect(got[column]).toEqual(bruteForce(ranges, row, column));
          }
        }
      }),
    );
  });
});
