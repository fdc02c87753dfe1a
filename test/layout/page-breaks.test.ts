import { mergeSpans, pageBreaks, pageCapacity, type RowSpan } from "../../src/layout/page-breaks";
import { DEFAULT_MARGINS, printPage } from "../../src/layout/page";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { PageSetup, SheetLayout } from "../../src/layout/model";
import { summarize } from "../../src/core/summarize";
import { aRecommendation, registerOf } from "../fixtures";
import { AS_OF, aSummary } from "./fixtures";

const WIDTH = 500;
const PAGE = printPage(null);
/** A4 (841.9 pt) less 0.75-inch margins, 97% of it: 712 pt, 35 rows of 20 pt (each drawn 20.25 pt). */
const CAPACITY = pageCapacity(PAGE, WIDTH);

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

describe("page capacity", () => {
  it("is A4's printable height less the safety margin, in the sheet's points once fitted to the width", () => {
    expect(CAPACITY).toBeCloseTo((841.89 - 108) * 0.97, 1);
    // Twice the printable width (523 pt): printed at 50%, a page holds twice the rows.
    expect(pageCapacity(PAGE, 1046.56)).toBeCloseTo(CAPACITY * 2, 0);
    // Not fitted to the width: no scaling however wide.
    expect(pageCapacity({ ...PAGE, fitToWidth: false }, 1046.56)).toBeCloseTo(CAPACITY, 1);
  });

  it("follows the margins and the orientation", () => {
    const wide: PageSetup = { ...PAGE, margins: { ...DEFAULT_MARGINS, top: 108, bottom: 108 } };
    expect(pageCapacity(wide, WIDTH)).toBeCloseTo((841.89 - 216) * 0.97, 1);
    expect(pageCapacity({ ...PAGE, orientation: "landscape" }, WIDTH)).toBeCloseTo((595.28 - 108) * 0.97, 1);
  });
});

describe("page breaks", () => {
  it("breaks when the next row would not fit, and not before", () => {
    expect(pageBreaks([400, 200], [], PAGE, WIDTH)).toEqual([]);
    expect(pageBreaks([400, 400], [], PAGE, WIDTH)).toEqual([1]);
    expect(pageBreaks(new Array<number>(100).fill(20), [], PAGE, WIDTH)).toEqual([35, 70]);
  });

  it("moves a span that would cross the bottom of a page to the next page", () => {
    const heights = new Array<number>(80).fill(20);
    // Rows 30-39 belong together; a page holds 35 rows of 20 points.
    expect(pageBreaks(heights, [{ first: 30, last: 39 }], PAGE, WIDTH)).toEqual([30, 65]);
    // A span that fits on the page where it starts stays where it is.
    expect(pageBreaks(heights, [{ first: 10, last: 19 }], PAGE, WIDTH)).toEqual([35, 70]);
  });

  it("runs a span taller than a page on from where it starts, rather than leaving most of a page empty", () => {
    const tall = pageBreaks(new Array<number>(100).fill(20), [{ first: 10, last: 70 }], PAGE, WIDTH);
    expect(tall).toEqual([35, 70]);
  });

  it("starts a span taller than a page on a fresh page when less than half of the current one is left", () => {
    const tall = pageBreaks(new Array<number>(100).fill(20), [{ first: 20, last: 70 }], PAGE, WIDTH);
    expect(tall).toEqual([20, 55, 90]);
  });

  it("leaves room for the print-title rows repeated on later pages", () => {
    const heights = [50, ...new Array<number>(60).fill(20)];
    // Page 1: 50.25 + 32 × 20.25 = 698.25 pt; a 33rd row would make it 718.5 pt.
    const titled = { ...PAGE, printTitleRows: { first: 0, last: 0 } };
    const breaks = pageBreaks(heights, [], titled, WIDTH);
    for (const page of pages(heights.length, breaks)) {
      expect(pageHeight(heights, page, 50)).toBeLessThanOrEqual(CAPACITY);
    }
    expect(breaks).toEqual([33]);
  });

  it("moves a span to a fresh page only when it fits there with the repeated titles", () => {
    // Rows 5-39 (35 rows) fit a page alone, not under two 20-pt title rows: they run on instead.
    const heights = new Array<number>(70).fill(20);
    const spans = [{ first: 5, last: 39 }];
    expect(pageBreaks(heights, spans, PAGE, WIDTH)).toEqual([5, 40]);
    const titled = { ...PAGE, printTitleRows: { first: 0, last: 1 } };
    expect(pageBreaks(heights, spans, titled, WIDTH)).toEqual([35, 68]);
  });

  it("counts each row at the whole-pixel height Excel draws it", () => {
    // 20 pt is drawn 20.25 pt (27 px): 35 such rows take 708.75 pt and still fit, 36 do not.
    expect(pageBreaks(new Array<number>(40).fill(20), [], PAGE, WIDTH)).toEqual([35]);
    // 20.3 pt is drawn 21 pt (28 px): only 33 rows fit.
    expect(pageBreaks(new Array<number>(40).fill(20.3), [], PAGE, WIDTH)).toEqual([33]);
  });

  it("lets a sheet scaled down to the page width hold more rows per page", () => {
    expect(pageBreaks(new Array<number>(60).fill(20), [], PAGE, 1046.56)).toEqual([]);
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
    for (const breakRow of breaks) {
      // A page starts at a report header or a block's first row (maybe after the spacer above it),
      // never inside a block.
      const spacer: boolean = annexII.values[breakRow]?.every((value) => value === null) ?? false;
      const row = spacer ? breakRow + 1 : breakRow;
      const first = annexII.values[row]?.[0];
      expect(String(first)).toMatch(/^(JIU\/REP\/|Recommendation \d+$)/);
      if (String(first).startsWith("Recommendation")) {
        expect(String(annexII.values[row - 2]?.[0])).not.toMatch(/^JIU\/REP\//);
      }
    }
  });
});
