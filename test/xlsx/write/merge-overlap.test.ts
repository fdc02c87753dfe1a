import fc from "fast-check";
import type { RangeRef } from "../../../src/layout/model";
import { layoutProblems } from "../../../src/xlsx/write/layout-check";
import { rangeAddress } from "../../../src/xlsx/write/cell-ref";
import { aSheetLayout } from "./fixtures";

/** The plain definition: every pair compared (what the sweep must agree with). */
function bruteForce(merges: readonly RangeRef[]): string[] {
  const problems: string[] = [];
  merges.forEach((a, i) =>
    merges.slice(i + 1).forEach((b) => {
      if (
        a.row < b.row + b.rowCount &&
        b.row < a.row + a.rowCount &&
        a.column < b.column + b.columnCount &&
        b.column < a.column + a.columnCount
      ) {
        problems.push(`Sheet "Summary": merges ${rangeAddress(a)} and ${rangeAddress(b)} overlap.`);
      }
    }),
  );
  return problems;
}

const merge = fc.record({
  row: fc.integer({ min: 0, max: 30 }),
  column: fc.integer({ min: 0, max: 8 }),
  rowCount: fc.integer({ min: 1, max: 4 }),
  columnCount: fc.integer({ min: 1, max: 4 }),
});

describe("overlapping merges, found by a sweep", () => {
  it("reports exactly the pairs that every-pair comparison reports, in the same order", () => {
    fc.assert(
      fc.property(fc.array(merge, { maxLength: 40 }), (merges) => {
        const layout = aSheetLayout({ name: "Summary", merges, charts: [] });
        const found = layoutProblems(layout).filter((problem) => problem.includes("overlap"));
        expect(found).toEqual(bruteForce(merges));
      }),
    );
  });

  it("checks 50,000 merges without comparing each with each (time printed, not asserted)", () => {
    const merges = Array.from({ length: 50_000 }, (_, i) => ({
      row: i * 2,
      column: 0,
      rowCount: 2,
      columnCount: 3,
    }));
    const started = Date.now();
    expect(
      layoutProblems(aSheetLayout({ name: "Summary", merges, charts: [] })).filter((p) =>
        p.includes("overlap"),
      ),
    ).toEqual([]);
    console.log(`50,000 merges checked in ${Date.now() - started} ms`);
  });
});
