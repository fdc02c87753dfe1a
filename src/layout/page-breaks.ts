/**
 * Where printed pages break, decided once, in the layout, so that every writer prints the same pages:
 * what belongs together (a figure's caption, table and chart; a table with its heading; an annex block
 * with the headings above it) starts on a fresh page rather than being cut. Writers write these breaks
 * and compute none of their own.
 */
import type { PageMargins, PageSetup } from "./model";
import { DEFAULT_MARGINS } from "./page";

/** A4 in points. */
const A4 = { shortSide: 595.28, longSide: 841.89 } as const;
/**
 * Share of the printable height the breaks fill at most. Rows have fixed heights (rounded up to whole
 * pixels below), but applications scale and place them slightly differently: with this margin the
 * application never needs a break of its own just before one of ours (which would print a near-empty page).
 */
const SAFETY = 0.97;
/** Excel draws row heights in whole pixels at 96 dpi: 0.75 pt steps. */
const PIXEL = 0.75;

/** The height Excel gives a row of `points`: rounded up to a whole pixel. */
function drawnHeight(points: number): number {
  return Math.ceil(points / PIXEL - 1e-9) * PIXEL;
}

/** Rows [first, last] that should print on one page when they fit on one. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** The printable area of one page, in points of paper (before any scaling). */
export function printableArea(page: PageSetup): { width: number; height: number } {
  const margins: PageMargins = page.margins ?? DEFAULT_MARGINS;
  const portrait = page.orientation === "portrait";
  const paperWidth = portrait ? A4.shortSide : A4.longSide;
  const paperHeight = portrait ? A4.longSide : A4.shortSide;
  return {
    width: paperWidth - margins.left - margins.right,
    height: paperHeight - margins.top - margins.bottom,
  };
}

/**
 * Rows of sheet height one page holds: the printable height, in the sheet's own points once the sheet
 * is scaled down to the page width (Excel rounds that scale down to a whole percent), less the safety margin.
 *
 * @example pageCapacity(printPage(null), 510) // 711.9: A4 less 0.75-inch margins, at 100%
 */
export function pageCapacity(page: PageSetup, sheetWidth: number): number {
  const area = printableArea(page);
  const scale =
    page.fitToWidth && sheetWidth > area.width ? Math.floor((area.width / sheetWidth) * 100) / 100 : 1;
  return (area.height * SAFETY) / scale;
}

/** Joins spans that overlap (sorted by first row), so that nested "keep together" requests become one. */
export function mergeSpans(spans: readonly RowSpan[]): RowSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: RowSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.first <= last.last)
      merged[merged.length - 1] = { first: last.first, last: Math.max(last.last, span.last) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The rows that start a new page: greedy, rows fill a page, and a span that would cross the bottom of a
 * page moves whole to the next one. Every page end is a break, the ones the application would make by
 * itself too, so that all writers print the same pages. Print-title rows repeat at the top of every page
 * after the first and take their room. A span taller than a page fills pages row by row, starting on a
 * fresh page when less than half of the current one is left.
 *
 * @example pageBreaks([400, 400], [], printPage(null), 500) // [1]
 */
export function pageBreaks(
  heights: readonly number[],
  keepTogether: readonly RowSpan[],
  page: PageSetup,
  sheetWidth: number,
): number[] {
  const capacity = pageCapacity(page, sheetWidth);
  const drawn = heights.map(drawnHeight);
  const titleRows = page.printTitleRows;
  let titlesHeight = 0;
  if (titleRows) for (let r = titleRows.first; r <= titleRows.last; r++) titlesHeight += drawn[r] ?? 0;
  // Titles repeat only on pages after the rows they come from.
  const repeatedAbove = (row: number): number => (titleRows && titleRows.last < row ? titlesHeight : 0);

  const breaks: number[] = [];
  let used = 0;
  let rowsOnPage = 0;
  const startPage = (row: number): void => {
    breaks.push(row);
    used = repeatedAbove(row);
    rowsOnPage = 0;
  };
  const spans = mergeSpans(keepTogether);
  let spanIndex = 0;
  for (let row = 0; row < heights.length;) {
    while (spanIndex < spans.length && (spans[spanIndex]?.last ?? 0) < row) spanIndex++;
    const span = spans[spanIndex];
    const last = span && span.first === row ? Math.min(span.last, heights.length - 1) : row;
    let height = 0;
    for (let r = row; r <= last; r++) height += drawn[r] ?? 0;
    if (last > row && rowsOnPage > 0 && used + height > capacity) {
      // A span that fits a fresh page moves there whole. A taller one runs on from here, unless less
      // than half of this page is left: its heading would then sit under only a few of its rows.
      const fitsOnFreshPage = repeatedAbove(row) + height <= capacity;
      if (fitsOnFreshPage || used > capacity / 2) startPage(row);
    }
    for (let r = row; r <= last; r++) {
      const rowHeight = drawn[r] ?? 0;
      if (rowsOnPage > 0 && used + rowHeight > capacity) startPage(r);
      used += rowHeight;
      rowsOnPage += 1;
    }
    row = last + 1;
  }
  return breaks;
}
