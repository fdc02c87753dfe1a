import type { RangeRef, SheetLayout } from "../../src/layout/model";
import { rangesOverlap } from "../../src/layout/ranges";

function inside(sheet: SheetLayout, range: RangeRef): boolean {
  return (
    range.row >= 0 &&
    range.column >= 0 &&
    range.rowCount >= 1 &&
    range.columnCount >= 1 &&
    range.row + range.rowCount <= sheet.values.length &&
    range.column + range.columnCount <= sheet.columnWidths.length
  );
}

/**
 * Everything a writer relies on: rectangular values, one width per column and one height per row (within
 * Excel's limits), every merge, style, link and chart inside the sheet, merges disjoint, links only to
 * http(s), link cells holding the link text, and charts covering no text and no merge.
 * Returns the list of problems (empty when the sheet is well formed) so a failure says what is wrong.
 */
export function problemsOf(sheet: SheetLayout): string[] {
  const problems: string[] = [];
  const columns = sheet.columnWidths.length;
  if (!/^[^:\\/?*[\]]{1,31}$/.test(sheet.name)) problems.push(`bad sheet name ${sheet.name}`);
  if (columns === 0) problems.push("no columns");
  sheet.columnWidths.forEach((width, c) => {
    if (!(width > 0)) problems.push(`column ${c} width ${width}`);
  });
  sheet.values.forEach((row, r) => {
    if (row.length !== columns) problems.push(`row ${r} has ${row.length} cells, not ${columns}`);
    row.forEach((value, c) => {
      if (value === undefined) problems.push(`cell (${r}, ${c}) is undefined`);
      if (typeof value === "number" && !Number.isFinite(value))
        problems.push(`cell (${r}, ${c}) is ${value}`);
    });
  });
  if (sheet.rowHeights.length !== sheet.values.length) problems.push("one row height per row");
  sheet.rowHeights.forEach((height, r) => {
    if (height !== null && !(height > 0 && height <= 409)) problems.push(`row ${r} height ${height}`);
  });
  sheet.merges.forEach((merge, i) => {
    if (!inside(sheet, merge)) problems.push(`merge ${i} outside the sheet`);
    if (merge.rowCount * merge.columnCount < 2) problems.push(`merge ${i} is a single cell`);
  });
  // Merges must not overlap: check through the cells they cover (linear in the merged area).
  const owner = new Map<string, number>();
  sheet.merges.forEach((merge, i) => {
    for (let r = merge.row; r < merge.row + merge.rowCount; r++) {
      for (let c = merge.column; c < merge.column + merge.columnCount; c++) {
        const key = `${r},${c}`;
        const other = owner.get(key);
        if (other !== undefined) problems.push(`merges ${other} and ${i} overlap at (${r}, ${c})`);
        owner.set(key, i);
        if ((r !== merge.row || c !== merge.column) && sheet.values[r]?.[c] !== null) {
          problems.push(`cell (${r}, ${c}) is hidden by merge ${i} but holds a value`);
        }
      }
    }
  });
  sheet.styles.forEach((styled, i) => {
    if (!inside(sheet, styled.range)) problems.push(`style ${i} outside the sheet`);
  });
  for (const link of sheet.hyperlinks) {
    if (!/^https?:\/\//i.test(link.address)) problems.push(`link to ${link.address}`);
    if (!inside(sheet, { row: link.row, column: link.column, rowCount: 1, columnCount: 1 })) {
      problems.push(`link at (${link.row}, ${link.column}) outside the sheet`);
    }
    if (sheet.values[link.row]?.[link.column] !== link.text) {
      problems.push(`link cell (${link.row}, ${link.column}) does not hold the link text`);
    }
    // Writers add no look of their own: a link is blue and underlined because the layout says so.
    const look = styleAt(sheet, link.row, link.column);
    if (look.underline !== true || typeof look.fontColor !== "string") {
      problems.push(`link cell (${link.row}, ${link.column}) lacks the link look (colour and underline)`);
    }
  }
  for (const chart of sheet.charts) {
    const seriesCount = chart.source.columnCount - 1;
    const labelColors = chart.dataLabels?.fontColors;
    if (labelColors && labelColors.length !== seriesCount) {
      problems.push(`chart ${chart.id} has ${labelColors.length} label colours for ${seriesCount} series`);
    }
    const step = chart.valueAxis?.majorUnit;
    if (step !== undefined && !(Number.isInteger(step) && step > 0)) {
      problems.push(`chart ${chart.id} value axis step ${step} is not a whole number of recommendations`);
    }
    if (!inside(sheet, chart.source)) problems.push(`chart ${chart.id} source outside the sheet`);
    if (!inside(sheet, chart.anchor)) problems.push(`chart ${chart.id} anchor outside the sheet`);
    if (rangesOverlap(chart.source, chart.anchor)) problems.push(`chart ${chart.id} covers its own table`);
    for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rowCount; r++) {
      for (let c = chart.anchor.column; c < chart.anchor.column + chart.anchor.columnCount; c++) {
        const value = sheet.values[r]?.[c];
        if (value !== null && value !== "") problems.push(`chart ${chart.id} covers text at (${r}, ${c})`);
      }
    }
    sheet.merges.forEach((merge, i) => {
      if (rangesOverlap(merge, chart.anchor)) problems.push(`chart ${chart.id} covers merge ${i}`);
    });
    for (const other of sheet.charts) {
      if (other !== chart && rangesOverlap(other.anchor, chart.anchor)) problems.push(`charts overlap`);
    }
  }
  const titles = sheet.page.printTitleRows;
  if (titles && (titles.first < 0 || titles.last < titles.first || titles.last >= sheet.values.length)) {
    problems.push("print title rows outside the sheet");
  }
  const breaks = sheet.rowBreaks ?? [];
  breaks.forEach((row, i) => {
    if (!(row > 0 && row < sheet.values.length)) problems.push(`page break at row ${row} outside the sheet`);
    if (i > 0 && row <= (breaks[i - 1] ?? 0)) problems.push("page breaks not ascending");
  });
  if (sheet.freezeRows < 0 || sheet.freezeRows > sheet.values.length) problems.push("freeze rows");
  return problems;
}

/** The text of every non-empty cell, row by row (for searching a sheet in tests). */
export function cellTexts(sheet: SheetLayout): string[] {
  return sheet.values.flatMap((row) => row.filter((value) => value !== null && value !== "").map(String));
}

/** The style properties that apply to a cell, later ranges overriding earlier ones. */
export function styleAt(sheet: SheetLayout, row: number, column: number): Record<string, unknown> {
  const style: Record<string, unknown> = {};
  for (const styled of sheet.styles) {
    const { range } = styled;
    if (
      row >= range.row &&
      row < range.row + range.rowCount &&
      column >= range.column &&
      column < range.column + range.columnCount
    ) {
      Object.assign(style, styled.style);
    }
  }
  return style;
}

/** Index of the first row whose first cell equals `text`; -1 when none. */
export function rowStarting(sheet: SheetLayout, text: string): number {
  return sheet.values.findIndex((row) => row[0] === text);
}
