import type { ChartSpec, SheetLayout } from "../../layout/model";

/** Margins written to every generated sheet, in inches (Excel's unit for pageMargins). */
export const PAGE_MARGINS_INCHES = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
} as const;

/** A4 in points. */
const A4_POINTS = { shortSide: 595.28, longSide: 841.89 };
/** Height Excel gives a row the layout leaves to the default. */
const DEFAULT_ROW_HEIGHT = 15;
/** Applications round the fit-to-width scale and measure text slightly differently: keep a margin. */
const SAFETY = 0.97;
/** A table counts as the chart's when at most this many rows (a total row, a spacer) separate them. */
const MAX_ROWS_BETWEEN_TABLE_AND_CHART = 3;

/**
 * Rows (0-based) before which a manual page break keeps each chart whole on one printed page, together
 * with the table it reads and that table's caption when they sit right above it. Excel and LibreOffice
 * cut a chart that crosses a page boundary in two; the layout gives every row's height, so the writer
 * can tell where pages end: A4 with the sheet's margins, scaled down to fit the page width, with the
 * print-title rows repeated on every page. A block taller than a page is left alone.
 *
 * @example chartPageBreaks(summaryLayout) // [31]: "Figure 2", its table and its chart start page 2
 */
export function chartPageBreaks(layout: SheetLayout): number[] {
  if (layout.charts.length === 0) return [];
  const heightOf = (row: number) => layout.rowHeights[row] ?? DEFAULT_ROW_HEIGHT;
  const rowsHeight = (first: number, last: number) => {
    let sum = 0;
    for (let row = first; row <= last; row += 1) sum += heightOf(row);
    return sum;
  };

  const pageHeight = pageContentHeight(layout) * SAFETY;
  const titles = layout.page.printTitleRows;
  const repeatedHeight = titles === null ? 0 : rowsHeight(titles.first, titles.last);
  const blockEndByStart = new Map<number, number>();
  for (const { first, last } of layout.charts.map((chart) => keepTogether(layout, chart))) {
    blockEndByStart.set(first, Math.max(last, blockEndByStart.get(first) ?? last));
  }

  const lastBlockStart = Math.max(...blockEndByStart.keys());
  const breaks: number[] = [];
  let used = 0;
  let rowsOnPage = 0; // rows placed on the current page, not counting repeated title rows
  for (let row = 0; row <= lastBlockStart; row += 1) {
    const pageStart = titles !== null && row > titles.last ? repeatedHeight : 0;
    const blockEnd = blockEndByStart.get(row);
    const blockHeight = blockEnd === undefined ? 0 : rowsHeight(row, blockEnd);
    const blockMustMove =
      blockEnd !== undefined && used + blockHeight > pageHeight && pageStart + blockHeight <= pageHeight;
    if (rowsOnPage > 0 && (blockMustMove || used + heightOf(row) > pageHeight)) {
      if (blockMustMove) breaks.push(row); // otherwise the application breaks the page here by itself
      used = pageStart;
      rowsOnPage = 0;
    }
    used += heightOf(row);
    rowsOnPage += 1;
  }
  return breaks;
}

/** The rows to keep on one page with a chart: the chart, its table right above it, and that table's caption. */
function keepTogether(layout: SheetLayout, chart: ChartSpec): { first: number; last: number } {
  const { anchor, source } = chart;
  const last = anchor.row + anchor.rowCount - 1;
  const sourceEnd = source.row + source.rowCount - 1;
  const tableRightAbove =
    sourceEnd < anchor.row && anchor.row - sourceEnd <= MAX_ROWS_BETWEEN_TABLE_AND_CHART;
  if (!tableRightAbove) return { first: anchor.row, last };
  const captionRow = source.row - 1;
  const hasCaption =
    captionRow >= 0 && (layout.values[captionRow] ?? []).some((value) => value !== null && value !== "");
  return { first: hasCaption ? captionRow : source.row, last };
}

/** Printable height of one page, in the sheet's own points (before the fit-to-width scaling). */
function pageContentHeight(layout: SheetLayout): number {
  const portrait = layout.page.orientation === "portrait";
  const paperWidth = portrait ? A4_POINTS.shortSide : A4_POINTS.longSide;
  const paperHeight = portrait ? A4_POINTS.longSide : A4_POINTS.shortSide;
  const printableWidth = paperWidth - (PAGE_MARGINS_INCHES.left + PAGE_MARGINS_INCHES.right) * 72;
  const printableHeight = paperHeight - (PAGE_MARGINS_INCHES.top + PAGE_MARGINS_INCHES.bottom) * 72;
  const sheetWidth = layout.columnWidths.reduce((sum, width) => sum + width, 0);
  const scale =
    layout.page.fitToWidth && sheetWidth > printableWidth
      ? Math.floor((printableWidth / sheetWidth) * 100) / 100
      : 1;
  return printableHeight / scale;
}
