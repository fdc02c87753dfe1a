import type { CellStyle, RangeRef, SheetLayout } from "../../layout/model";
import { MAX_COLUMN_INDEX, MAX_ROW_INDEX, rangeAddress } from "./cell-ref";
import { hexColor } from "./cell-format";
import { sheetNameProblem } from "./sheet-names";

/**
 * What in a layout cannot be written as a valid workbook (Excel would "repair" the file, i.e. drop parts).
 * Layout code is ours, so any problem is a bug there; the writer refuses rather than produce a damaged file.
 */
export function layoutProblems(layout: SheetLayout): string[] {
  const problems: string[] = [];
  const nameProblem = sheetNameProblem(layout.name);
  if (nameProblem !== null) problems.push(nameProblem);
  const checkRange = (what: string, range: RangeRef) => {
    const problem = rangeProblem(range);
    if (problem !== null) problems.push(`${what}: ${problem}`);
  };
  // A layout shares a few style objects among tens of thousands of ranges: each is checked once.
  const colorProblems = new Map<CellStyle, string[]>();
  layout.styles.forEach(({ range, style }, i) => {
    checkRange(`style ${i + 1}`, range);
    let found = colorProblems.get(style);
    if (found === undefined) {
      found = styleColorProblems(style);
      colorProblems.set(style, found);
    }
    for (const problem of found) problems.push(`style ${i + 1}: ${problem}`);
  });
  layout.merges.forEach((range, i) => checkRange(`merge ${i + 1}`, range));
  problems.push(...overlappingMerges(layout.merges));
  layout.charts.forEach((chart) => {
    checkRange(`chart "${chart.id}" source`, chart.source);
    checkRange(`chart "${chart.id}" anchor`, chart.anchor);
    if (chart.source.rowCount < 2 || chart.source.columnCount < 2) {
      problems.push(
        `chart "${chart.id}": its source needs a header row, a category column and at least one value`,
      );
    }
  });
  layout.hyperlinks.forEach((link) => {
    if (rangeProblem({ row: link.row, column: link.column, rowCount: 1, columnCount: 1 }) !== null) {
      problems.push(`hyperlink at row ${link.row}, column ${link.column} is outside the sheet`);
    }
  });
  const titles = layout.page.printTitleRows;
  if (
    titles !== null &&
    !(
      isIndex(titles.first, MAX_ROW_INDEX) &&
      isIndex(titles.last, MAX_ROW_INDEX) &&
      titles.first <= titles.last
    )
  ) {
    problems.push(`print title rows ${titles.first}-${titles.last} are not a row range`);
  }
  if (!isIndex(layout.freezeRows, MAX_ROW_INDEX))
    problems.push(`freezeRows ${layout.freezeRows} is not a row count`);
  if (layout.values.length > MAX_ROW_INDEX + 1) problems.push("more rows than a sheet holds");
  if (
    layout.columnWidths.length > MAX_COLUMN_INDEX + 1 ||
    layout.values.some((row) => row.length > MAX_COLUMN_INDEX + 1)
  ) {
    problems.push("more columns than a sheet holds");
  }
  return problems.map((problem) => `Sheet "${layout.name}": ${problem}.`);
}

/** A style's colours that are not "#RRGGBB". */
function styleColorProblems(style: CellStyle): string[] {
  const problems: string[] = [];
  for (const [property, color] of [
    ["fill", style.fill],
    ["fontColor", style.fontColor],
  ] as const) {
    if (color !== undefined && hexColor(color) === null)
      problems.push(`${property} "${color}" is not "#RRGGBB"`);
  }
  return problems;
}

function rangeProblem(range: RangeRef): string | null {
  const fits =
    isIndex(range.row, MAX_ROW_INDEX) &&
    isIndex(range.column, MAX_COLUMN_INDEX) &&
    Number.isInteger(range.rowCount) &&
    Number.isInteger(range.columnCount) &&
    range.rowCount >= 1 &&
    range.columnCount >= 1 &&
    range.row + range.rowCount - 1 <= MAX_ROW_INDEX &&
    range.column + range.columnCount - 1 <= MAX_COLUMN_INDEX;
  return fits ? null : `range ${JSON.stringify(range)} is empty or outside the sheet`;
}

/**
 * Pairs of merges that overlap, found by a sweep over rows: merges sorted by first row, each compared only
 * with the merges still open at its first row (n log n for a report's merges, which span a few rows each).
 */
function overlappingMerges(merges: readonly RangeRef[]): string[] {
  const valid = merges
    .map((range, index) => ({ range, index }))
    .filter(({ range }) => rangeProblem(range) === null)
    .sort((a, b) => a.range.row - b.range.row || a.index - b.index);
  const pairs: [number, number][] = [];
  let open: typeof valid = [];
  for (const current of valid) {
    const { row, column, columnCount } = current.range;
    open = open.filter(({ range }) => range.row + range.rowCount > row);
    for (const other of open) {
      const b = other.range;
      if (column < b.column + b.columnCount && b.column < column + columnCount) {
        pairs.push(other.index < current.index ? [other.index, current.index] : [current.index, other.index]);
      }
    }
    open.push(current);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.map(([i, j]) => {
    const [a, b] = [merges[i], merges[j]];
    return a && b ? `merges ${rangeAddress(a)} and ${rangeAddress(b)} overlap` : "";
  });
}

function isIndex(value: number, max: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= max;
}
