import type { Addressee, Status } from "../core/model";
import type { Summary, YearStatusRow } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatLongDate, formatYearSpan, label, statusLabel } from "../labels/labels";
import { rangeOf } from "./ranges";
import { readableTextColor, wholeNumberStep } from "./chart-style";
import type { SheetBuilder } from "./sheet-builder";
import {
  HEADING_FONT_SIZE,
  HEADING_STYLE,
  NUMBER_STYLE,
  STATUS_COLORS,
  NUMBER_TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TABLE_TOTAL_STYLE,
} from "./styles";

/** The six statuses, in the column (and chart series) order of Figures 1 and 2. */
export const STATUS_COLUMNS: readonly Status[] = [
  "implemented",
  "inProgress",
  "notStarted",
  "underConsideration",
  "notAccepted",
  "notRelevant",
];

const WITH_CLOSED: readonly Status[] = [...STATUS_COLUMNS, "closed"];

/**
 * The status columns of the summary's figures: the six, and "Closed" (closed without a stated reason)
 * when any recommendation is, so that a register without it looks as the seed's figures do.
 *
 * @example figureStatuses(summary).length // 6, or 7 when a row is "Closed"
 */
export function figureStatuses(summary: Summary): readonly Status[] {
  return summary.byYear.some((row) => row.closed > 0) ? WITH_CLOSED : STATUS_COLUMNS;
}

/** Rows the chart covers below its table, and their fixed height in points. */
export const CHART_ROWS = 17;
export const CHART_ROW_HEIGHT = 15;
/** Points: the chart's title; axis titles, tick labels and legend; the counts inside the columns. */
const CHART_TITLE_FONT_SIZE = 12;
const CHART_FONT_SIZE = 9;
const CHART_LABEL_FONT_SIZE = 8;

const CHART_IDS: Readonly<Record<Addressee, string>> = {
  legislative: "legislative",
  executiveHead: "executiveHead",
};

function rowTotal(row: YearStatusRow, statuses: readonly Status[]): number {
  let total = 0;
  for (const status of statuses) total += row[status];
  return total;
}

/**
 * The chart title, like the seed's figures: "JIU recommendations to legislative bodies, 2018–2021: status
 * as of 28 February 2023" (the span of the years the table holds).
 */
export function figureTitle(
  addressee: Addressee,
  years: readonly number[],
  asOf: string,
  lang: Language,
): string {
  const from = Math.min(...years);
  const to = Math.max(...years);
  return formatLabel(
    addressee === "legislative" ? "chart.title.legislative" : "chart.title.executiveHead",
    lang,
    {
      years: formatYearSpan(from, to, lang),
      date: formatLongDate(asOf, lang),
    },
  );
}

/**
 * Figure 1 or 2: a caption, a table of review years (oldest first, as the chart reads left to right)
 * by status with totals, and below it a stacked-column chart that reads the table. The table's top-left
 * cell stays empty so that Excel takes the first column as categories and the first row as series.
 */
export function addStatusFigure(
  builder: SheetBuilder,
  summary: Summary,
  addressee: Addressee,
  figureNumber: number,
  lang: Language,
): void {
  const rows = summary.byYear.filter((row) => row.addressee === addressee).sort((a, b) => a.year - b.year);
  const statuses = figureStatuses(summary);
  const columns = builder.columnCount;
  const years = rows.map((row) => row.year);
  const title =
    rows.length > 0
      ? figureTitle(addressee, years, summary.asOf, lang)
      : label(addressee === "legislative" ? "addressee.legislative" : "addressee.executiveHead", lang);

  const caption = builder.addRow([
    {
      value: formatLabel("figure.caption", lang, { number: figureNumber, title }),
      span: columns,
      fontSize: HEADING_FONT_SIZE,
      bold: true,
    },
  ]);
  builder.style(rangeOf(caption, 0, 1, columns), HEADING_STYLE);

  if (rows.length === 0) {
    const line = builder.addRow([{ value: label("chart.noData", lang), span: columns }]);
    builder.keepTogether(caption, line);
    return;
  }

  const header = addFigureTable(builder, rows, statuses, lang);
  builder.addSpacer();
  const anchor = builder.addEmptyRows(CHART_ROWS, CHART_ROW_HEIGHT);
  addFigureChart(builder, { addressee, title, header, anchor, rows, statuses, lang });
  builder.keepTogether(caption, anchor.row + anchor.rowCount - 1);
}

/** The figure's table: a header of statuses, a row per year, and the totals. Returns the header's row. */
function addFigureTable(
  builder: SheetBuilder,
  rows: readonly YearStatusRow[],
  statuses: readonly Status[],
  lang: Language,
): number {
  const columns = builder.columnCount;
  const header = builder.addRow(
    [null, ...statuses.map((status) => statusLabel(status, lang)), label("table.total", lang)].map(
      (value) => ({ value, bold: true }),
    ),
  );
  const totals: number[] = statuses.map(() => 0);
  for (const row of rows) {
    statuses.forEach((status, index) => {
      totals[index] = (totals[index] ?? 0) + row[status];
    });
    builder.addRow([row.year, ...statuses.map((status) => row[status]), rowTotal(row, statuses)]);
  }
  const grandTotal = totals.reduce((sum, value) => sum + value, 0);
  const totalRow = builder.addRow([{ value: label("table.total", lang), bold: true }, ...totals, grandTotal]);

  builder.style(rangeOf(header, 0, 1, columns), TABLE_HEADER_STYLE);
  builder.style(rangeOf(header + 1, 0, rows.length + 1, columns), NUMBER_TABLE_BODY_STYLE);
  builder.style(rangeOf(header + 1, 0, rows.length + 1, columns), NUMBER_STYLE);
  builder.style(rangeOf(totalRow, 0, 1, columns), TABLE_TOTAL_STYLE);
  return header;
}

interface FigureChart {
  readonly addressee: Addressee;
  readonly title: string;
  readonly header: number;
  readonly anchor: ReturnType<SheetBuilder["addEmptyRows"]>;
  readonly rows: readonly YearStatusRow[];
  readonly statuses: readonly Status[];
  readonly lang: Language;
}

/** The stacked-column chart that reads the figure's table, one series (and colour) per status. */
function addFigureChart(
  builder: SheetBuilder,
  { addressee, title, header, anchor, rows, statuses, lang }: FigureChart,
): void {
  const colors = STATUS_COLORS.slice(0, statuses.length);
  const tallestColumn = rows.reduce((max, row) => Math.max(max, rowTotal(row, statuses)), 0);
  builder.chart({
    id: CHART_IDS[addressee],
    type: "columnStacked",
    title,
    // Header row and year rows, first column to the last status: the total column and row stay out.
    source: rangeOf(header, 0, rows.length + 1, statuses.length + 1),
    anchor,
    xAxisTitle: label("chart.xAxis", lang),
    yAxisTitle: label("chart.yAxis", lang),
    seriesColors: colors,
    titleFontSize: CHART_TITLE_FONT_SIZE,
    fontSize: CHART_FONT_SIZE,
    legendPosition: "bottom",
    gapWidth: 60,
    // Each segment shows its count; zero counts show nothing ("0;;;").
    dataLabels: {
      numberFormat: "0;;;",
      fontSize: CHART_LABEL_FONT_SIZE,
      bold: true,
      fontColors: colors.map(readableTextColor),
    },
    valueAxis: { majorUnit: wholeNumberStep(tallestColumn), numberFormat: "0" },
  });
}
