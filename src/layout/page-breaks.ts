/**
 * Where printed pages should break so that what belongs together (a chart and its rows, an annex block
 * with its heading) starts on a fresh page rather than being cut. Page sizes assume A4 portrait with
 * the writers' margins (0.5 inch left and right, 0.75 inch top and bottom), less a safety margin since
 * Excel and LibreOffice paginate slightly differently.
 */

/** A4 height (841.9 pt) less 0.75-inch top and bottom margins, less about 5% for safety. */
export const PRINTABLE_HEIGHT = 697;
/** A4 width (595.3 pt) less 0.5-inch left and right margins. */
export const PRINTABLE_WIDTH = 523;

/** Rows [first, last] that should print on one page when they fit on one. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
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
 * The rows that should start a new page: greedy, a span that would cross the bottom of a page moves to
 * the next one. Print-title rows repeat at the top of every page after the first and take their room.
 * A span taller than a page is left to break where it must.
 *
 * @example pageBreaks([400, 400], [], null, 500) // [1]
 */
export function pageBreaks(
  heights: readonly number[],
  keepTogether: readonly RowSpan[],
  printTitleRows: RowSpan | null,
  sheetWidth: number,
): number[] {
  const scale = Math.min(1, PRINTABLE_WIDTH / Math.max(sheetWidth, 1));
  const capacity = PRINTABLE_HEIGHT / scale;
  let titles = 0;
  if (printTitleRows) {
    for (let r = printTitleRows.first; r <= printTitleRows.last; r++) titles += heights[r] ?? 0;
  }
  const spans = mergeSpans(keepTogether);
  const breaks: number[] = [];
  let used = 0;
  let pageStart = 0;
  let spanIndex = 0;
  for (let row = 0; row < heights.length;) {
    while (spanIndex < spans.length && (spans[spanIndex]?.last ?? 0) < row) spanIndex++;
    const span = spans[spanIndex];
    const last = span && span.first === row ? span.last : row;
    let height = 0;
    for (let r = row; r <= last; r++) height += heights[r] ?? 0;
    // Titles repeat only once the rows they come from have been printed.
    const repeated = printTitleRows && printTitleRows.last < row ? titles : 0;
    if (row > pageStart && used + height > capacity && used > repeated) {
      breaks.push(row);
      pageStart = row;
      used = repeated;
    }
    used += height;
    // A span taller than the page runs on over the following pages.
    while (used > capacity) used = repeated + (used - capacity);
    row = last + 1;
  }
  return breaks;
}
