import { mergeSpans, pageBreaks, PRINTABLE_HEIGHT, type RowSpan } from "../../src/layout/page-breaks";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { summarize } from "../../src/core/summarize";
import { aRecommendation, registerOf } from "../fixtures";
import { AS_OF, aSummary } from "./fixtures";

const WIDTH = 500;

/** The pages' row ranges given the breaks. */
function pages(rowCount: number, breaks: readonly number[]): RowSpan[] {
  const starts = [0, ...breaks];
  return starts.map((first, i) => ({ first, last: (starts[i + 1] ?? rowCount) - 1 }));
}

function pageHeight(heights: readonly number[], page: RowSpan, titles: number): number {
  let sum = page.first === 0 ? 0 : titles;
  for (let r = page.first; r <= page.last; r++) sum += heights[r] ?? 0;
  return sum;
}

describe("page breaks", () => {
  it("breaks when the next row would not fit, and not before", () => {
    expect(pageBreaks([400, 200], [], null, WIDTH)).toEqual([]);
    expect(pageBreaks([400, 400], [], null, WIDTH)).toEqual([1]);
    expect(pageBreaks(new Array<number>(100).fill(20), [], null, WIDTH)).toEqual([34, 68]);
  });

  it("moves a span that would cross the bottom of a page to the next page", () => {
    const heights = new Array<number>(80).fill(20);
    // Rows 30-39 belong together; a page holds 34 rows of 20 points.
    expect(pageBreaks(heights, [{ first: 30, last: 39 }], null, WIDTH)).toEqual([30, 64]);
    // A span that fits keeps whole; a span taller than a page just runs on.
    const tall = pageBreaks(new Array<number>(100).fill(20), [{ first: 10, last: 70 }], null, WIDTH);
    expect(tall[0]).toBe(10);
  });

  it("leaves room for the print-title rows repeated on later pages", () => {
    const heights = [50, ...new Array<number>(60).fill(20)];
    const titles = { first: 0, last: 0 };
    const breaks = pageBreaks(heights, [], titles, WIDTH);
    for (const page of pages(heights.length, breaks)) {
      expect(pageHeight(heights, page, 50)).toBeLessThanOrEqual(PRINTABLE_HEIGHT);
    }
    expect(breaks.length).toBeGreaterThan(0);
  });

  it("joins overlapping spans", () => {
    expect(
      mergeSpans([
        { first: 5, last: 9 },
        { first: 0, last: 6 },
        { first: 10, last: 12 },
      ]),
    ).toEqual([
      { first: 0, last: 9 },
      { first: 10, last: 12 },
    ]);
  });
});

function expectChartsAndBlocksWhole(sheet: SheetLayout): void {
  const breaks = sheet.rowBreaks ?? [];
  expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
  for (const chart of sheet.charts) {
    // A page may start at the caption above the table, not below it.
    const first = chart.source.row - 1;
    const last = chart.anchor.row + chart.anchor.rowCount - 1;
    expect(breaks.filter((row) => row > first && row <= last)).toEqual([]);
  }
}

describe("page breaks of the generated sheets", () => {
  it("never cut a figure's table and chart apart", () => {
    const sheet = layoutSummarySheet(
      aSummary({ timeliness: { onTime: 1, late: 0, pending: 0, overdue: 0 } }),
      "en",
    );
    expect(sheet.rowBreaks?.length).toBeGreaterThan(0);
    expectChartsAndBlocksWhole(sheet);
  });

  it("never cut an annex block, and keep each report's header with its first block", () => {
    const recs = Array.from({ length: 60 }, (_, i) =>
      aRecommendation({
        row: i + 2,
        report: `JIU/REP/2021/${1 + (i % 6)}`,
        number: 1 + Math.floor(i / 6),
        implementation: "inProgress",
        assessment: "Progress was made on the plan. ".repeat(1 + (i % 9) * 4),
      }),
    );
    const register = registerOf(recs);
    const annexII = layoutAnnexes(register, summarize(register, AS_OF), "en")[1];
    if (!annexII) throw new Error("no Annex II");
    const breaks = annexII.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    for (const row of breaks) {
      // A page starts at a report header or a block's first row, never inside a block.
      const first = annexII.values[row]?.[0];
      expect(String(first)).toMatch(/^(JIU\/REP\/|Recommendation \d+$)/);
      if (String(first).startsWith("Recommendation")) {
        expect(String(annexII.values[row - 2]?.[0])).not.toMatch(/^JIU\/REP\//);
      }
    }
  });
});
