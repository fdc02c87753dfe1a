import type { OutstandingTrendPoint, Summary } from "../core/summary-types";
import { yearOf } from "../core/dates";
import type { Language } from "../labels/language";
import { addresseeLabel, formatLabel, formatLongDate, formatYearSpan, label } from "../labels/labels";
import { wholeNumberStep } from "./chart-style";
import { rangeOf } from "./ranges";
import type { SheetBuilder } from "./sheet-builder";
import {
  HEADING_FONT_SIZE,
  HEADING_STYLE,
  NUMBER_STYLE,
  NUMBER_TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
} from "./styles";
import { CHART_ROW_HEIGHT, CHART_ROWS } from "./summary-figure";
import { heightOfLines } from "./text-metrics";

/** The two lines: legislative bodies (the figures' dark blue) and the executive head (orange). */
export const TREND_COLORS: readonly string[] = ["#2F5597", "#ED7D31"];
const CHART_TITLE_FONT_SIZE = 12;
const CHART_FONT_SIZE = 9;
const LABEL_FONT_SIZE = 8;

/**
 * The trend figure's title: "Outstanding JIU recommendations by reporting cycle, 2021–2023".
 *
 * @example trendTitle(summary.outstandingTrend, "en") // "Outstanding JIU recommendations by reporting cycle, 2021–2023"
 */
export function trendTitle(points: readonly OutstandingTrendPoint[], lang: Language): string {
  const years = points.map((point) => yearOf(point.asOf));
  return formatLabel("trend.title", lang, {
    years: formatYearSpan(Math.min(...years), Math.max(...years), lang),
  });
}

/**
 * The outstanding trend, with a History sheet: a caption, a table of cycles (oldest first, as the chart
 * reads left to right) by addressee, and a native line chart that reads it. Nothing without a History.
 */
export function addTrendFigure(
  builder: SheetBuilder,
  summary: Summary,
  figureNumber: number,
  lang: Language,
): boolean {
  const points = summary.outstandingTrend;
  if (points === null || points.length === 0) return false;
  const columns = builder.columnCount;
  const title = trendTitle(points, lang);
  const caption = builder.addRow([
    {
      value: formatLabel("figure.caption", lang, { number: figureNumber, title }),
      span: columns,
      fontSize: HEADING_FONT_SIZE,
      bold: true,
    },
  ]);
  builder.style(rangeOf(caption, 0, 1, columns), HEADING_STYLE);
  // The top-left cell stays empty: Excel then reads the first column as categories, the first row as series.
  const header = builder.addRow(
    [null, addresseeLabel("legislative", lang), addresseeLabel("executiveHead", lang)].map((value) => ({
      value,
      bold: true,
    })),
  );
  // A long date takes two lines in the narrow first column, in every language: no more.
  const dateHeight = heightOfLines(2, builder.bodyFontSize, lang === "zh");
  for (const point of points) {
    builder.addRow([formatLongDate(point.asOf, lang), point.legislative, point.executiveHead], dateHeight);
  }
  builder.style(rangeOf(header, 0, 1, 3), TABLE_HEADER_STYLE);
  builder.style(rangeOf(header + 1, 0, points.length, 3), NUMBER_TABLE_BODY_STYLE);
  builder.style(rangeOf(header + 1, 1, points.length, 2), NUMBER_STYLE);
  builder.addSpacer();
  const anchor = builder.addEmptyRows(CHART_ROWS, CHART_ROW_HEIGHT);
  const highest = Math.max(0, ...points.map((point) => Math.max(point.legislative, point.executiveHead)));
  builder.chart({
    id: "trend",
    type: "line",
    title,
    source: rangeOf(header, 0, points.length + 1, 3),
    anchor,
    xAxisTitle: label("trend.xAxis", lang),
    yAxisTitle: label("chart.yAxis", lang),
    seriesColors: TREND_COLORS,
    titleFontSize: CHART_TITLE_FONT_SIZE,
    fontSize: CHART_FONT_SIZE,
    legendPosition: "bottom",
    dataLabels: { numberFormat: "0", fontSize: LABEL_FONT_SIZE, bold: true, fontColors: TREND_COLORS },
    valueAxis: { majorUnit: wholeNumberStep(highest), numberFormat: "0" },
  });
  builder.keepTogether(caption, anchor.row + anchor.rowCount - 1);
  return true;
}
