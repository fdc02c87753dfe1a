import { isHttpUrl } from "../core/parse";
import type { RangeRef, SheetLayout } from "../layout/model";
import { cellAddress, columnLetters } from "./a1";
import { addChart } from "./layout-chart";
import type { XlRangeFormat, XlWorksheet } from "./excel-api";
import { jsonBytes } from "./payload";
import { step, type WriteStep } from "./steps";
import { tableSteps } from "./table-steps";
import { resolveStyles, type FormatStyle } from "./style-areas";
import { excelInput, needsApostrophe } from "./text-escape";

/** Values go in row blocks of about this many bytes, small enough to fill each request to its budget. */
const VALUE_BLOCK_BYTES = 64_000;
/** Multi-area addresses stay short: Excel refuses long ones (failures are reported from about 8,200 characters). */
const AREAS_ADDRESS_CHARS = 2_000;

/**
 * The writes that build a `SheetLayout` on a new sheet, in the model's order: column widths, values
 * (strings escaped so that none becomes a formula) with their number formats, formats grouped by value
 * (see style-areas.ts), row heights, merges, links, charts, page setup and frozen rows. `sheet` is read when a step is queued,
 * because the sheet itself is added by an earlier step.
 */
export function layoutSteps(sheet: () => XlWorksheet, layout: SheetLayout): WriteStep[] {
  const { groups, numberFormats } = resolveStyles(layout);
  return [
    ...sizeRuns(layout.columnWidths).map(({ first, last, size }) =>
      step(40, () => {
        sheet().getRange(`${columnLetters(first)}:${columnLetters(last)}`).format.columnWidth = size;
      }),
    ),
    ...valueSteps(sheet, layout, numberFormats),
    ...groups.flatMap(({ style, areas }) =>
      addressChunks(areas).map((address) =>
        step(address.length + styleBytes(style), () => applyStyle(sheet().getRanges(address).format, style)),
      ),
    ),
    ...rowHeightSteps(sheet, layout.rowHeights),
    ...layout.merges.map((merge) => step(40, () => rangeOf(sheet(), merge).merge(false))),
    ...layout.hyperlinks
      .filter((link) => isHttpUrl(link.address))
      .map((link) =>
        step(jsonBytes(link), () => {
          // textToDisplay only when it reads the same either way; the cell's escaped value is already written.
          sheet().getCell(link.row, link.column).hyperlink = needsApostrophe(link.text)
            ? { address: link.address }
            : { address: link.address, textToDisplay: link.text };
        }),
      ),
    ...layout.charts.map((chart) => step(jsonBytes(chart) * 3 + 3_000, () => addChart(sheet(), chart))),
    ...tableSteps(sheet, layout),
    step(1_500, () => setUpPage(sheet(), layout)),
    ...pageBreakSteps(sheet, layout.rowBreaks ?? []),
  ];
}

function valueSteps(
  sheet: () => XlWorksheet,
  layout: SheetLayout,
  numberFormats: readonly (readonly (string | null)[])[] | null,
): WriteStep[] {
  const width = layout.columnWidths.length;
  if (width === 0) return [];
  const steps: WriteStep[] = [];
  let block: (string | number)[][] = [];
  let blockBytes = 0;
  let start = 0;
  const flush = () => {
    const rows = block;
    const first = start;
    if (rows.some((row) => row.some((value) => value !== ""))) {
      steps.push(
        step(blockBytes, () => {
          sheet().getRangeByIndexes(first, 0, rows.length, width).values = rows;
        }),
      );
    }
    const formats = numberFormats?.slice(first, first + rows.length).map((row) => padded(row, width));
    if (formats?.some((row) => row.some((format) => format !== null))) {
      steps.push(
        step(jsonBytes(formats), () => {
          sheet().getRangeByIndexes(first, 0, formats.length, width).numberFormat = formats;
        }),
      );
    }
    start += rows.length;
    block = [];
    blockBytes = 0;
  };
  for (const row of layout.values) {
    const inputs = padded(row, width).map(excelInput);
    block.push(inputs);
    blockBytes += jsonBytes(inputs) + 1;
    if (blockBytes >= VALUE_BLOCK_BYTES) flush();
  }
  if (block.length > 0) flush();
  return steps;
}

function padded<T>(row: readonly T[], width: number): (T | null)[] {
  return row.length >= width
    ? row.slice(0, width)
    : [...row, ...new Array<null>(width - row.length).fill(null)];
}

/** Runs of consecutive columns (or rows) of equal size; null sizes are left to Excel. */
function sizeRuns(sizes: readonly (number | null)[]): { first: number; last: number; size: number }[] {
  const runs: { first: number; last: number; size: number }[] = [];
  let first = 0;
  for (let i = 1; i <= sizes.length; i++) {
    if (i < sizes.length && sizes[i] === sizes[first]) continue;
    const size = sizes[first];
    if (size !== null && size !== undefined) runs.push({ first, last: i - 1, size });
    first = i;
  }
  return runs;
}

/**
 * Row heights grouped by height: the rows of one height, as runs ("5:9,12:12"), go in one `RangeAreas`
 * request per 2,000 characters, instead of one request per row of an annex that may have 100,000 rows.
 * The commonest height is set first over every row that has one (a few long runs), so that its rows,
 * often half the sheet, need not be listed.
 */
function rowHeightSteps(sheet: () => XlWorksheet, heights: readonly (number | null)[]): WriteStep[] {
  const runs = sizeRuns(heights);
  const rowsOf = new Map<number, number>();
  for (const { first, last, size } of runs) rowsOf.set(size, (rowsOf.get(size) ?? 0) + last - first + 1);
  const base = [...rowsOf].reduce<[number, number] | null>(
    (best, entry) => (best === null || entry[1] > best[1] ? entry : best),
    null,
  )?.[0];
  if (base === undefined) return [];
  const spans: { first: number; last: number }[] = [];
  for (const { first, last } of runs) {
    const previous = spans[spans.length - 1];
    if (previous && previous.last + 1 === first) previous.last = last;
    else spans.push({ first, last });
  }
  const byHeight = new Map<number, string[]>([
    [base, spans.map(({ first, last }) => `${first + 1}:${last + 1}`)],
  ]);
  for (const { first, last, size } of runs) {
    if (size === base) continue;
    const rows = byHeight.get(size) ?? [];
    rows.push(`${first + 1}:${last + 1}`);
    byHeight.set(size, rows);
  }
  return [...byHeight].flatMap(([height, rows]) =>
    chunked(rows).map((address) =>
      step(address.length + 100, () => {
        sheet().getRanges(address).format.rowHeight = height;
      }),
    ),
  );
}

function addressChunks(areas: readonly RangeRef[]): string[] {
  return chunked(areas.map(areaAddress));
}

/** Joins addresses with commas into strings of at most 2,000 characters. */
function chunked(addresses: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + address.length + 1 > AREAS_ADDRESS_CHARS) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

function applyStyle(format: XlRangeFormat, style: FormatStyle): void {
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent !== undefined) format.indentLevel = style.indent;
  if (style.border === "thin")
    for (const side of BORDER_SIDES) {
      const border = format.borders.getItem(side);
      border.style = "Continuous";
      border.weight = "Thin";
    }
}

/** About 100 bytes per property set, and one object path per border side. */
function styleBytes(style: FormatStyle): number {
  const properties = Object.keys(style).filter((key) => key !== "border").length;
  return 100 * properties + (style.border === "thin" ? BORDER_SIDES.length * 300 : 0);
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDER_SIDES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

function setUpPage(sheet: XlWorksheet, layout: SheetLayout): void {
  const { page } = layout;
  sheet.pageLayout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = page.paperSize;
  // 0 pages tall means "as many as needed", as in the file format's fitToHeight="0".
  if (page.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (page.printTitleRows)
    sheet.pageLayout.setPrintTitleRows(`$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`);
  if (page.margins) {
    const { pageLayout } = sheet;
    pageLayout.leftMargin = page.margins.left;
    pageLayout.rightMargin = page.margins.right;
    pageLayout.topMargin = page.margins.top;
    pageLayout.bottomMargin = page.margins.bottom;
    pageLayout.headerMargin = page.margins.header;
    pageLayout.footerMargin = page.margins.footer;
  }
  sheet.showGridlines = page.showGridlines;
  // A right-to-left layout: Office.js cannot flip the sheet's view (Window.showRightToLeft is read-only,
  // ExcelApiDesktop 1.1; there is no Worksheet setter), so its text alignment (from the layout) is what is
  // written; cells keep Excel's Context reading order, which reads an Arabic label right to left.
  if (layout.freezeRows > 0) sheet.freezePanes.freezeRows(layout.freezeRows);
}

/** One request per page break (Excel has no call for several), 500 to a step. */
function pageBreakSteps(sheet: () => XlWorksheet, rows: readonly number[]): WriteStep[] {
  const steps: WriteStep[] = [];
  const breaks = rows.filter((row) => row > 0);
  for (let start = 0; start < breaks.length; start += 500) {
    const chunk = breaks.slice(start, start + 500);
    steps.push(
      step(100 * chunk.length, () => {
        for (const row of chunk) sheet().horizontalPageBreaks.add(cellAddress(row, 0));
      }),
    );
  }
  return steps;
}

function rangeOf(sheet: XlWorksheet, ref: RangeRef) {
  return sheet.getRangeByIndexes(ref.row, ref.column, ref.rowCount, ref.columnCount);
}

function areaAddress(area: RangeRef): string {
  const first = cellAddress(area.row, area.column);
  return area.rowCount === 1 && area.columnCount === 1
    ? first
    : `${first}:${cellAddress(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
}
