import type { ChartSpec, ChartType } from "../layout/model";
import { cellAddress } from "./a1";
import type { XlChartSeries, XlWorksheet } from "./excel-api";

const LEGEND_POSITIONS = { bottom: "Bottom", right: "Right", top: "Top", left: "Left" } as const;
/** The Excel chart type of each layout chart type: a line chart has a marker at each point. */
const CHART_TYPES = { columnStacked: "ColumnStacked", line: "LineMarkers" } as const satisfies Record<
  ChartType,
  string
>;
/** Points: the trend's lines and markers. */
const LINE_MARKER_SIZE = 7;

/**
 * Adds one chart of a layout: a native chart reading the sheet's table (series by columns), with every
 * look the spec states. Queued on the batch; the caller syncs.
 */
export function addChart(sheet: XlWorksheet, spec: ChartSpec): void {
  const source = spec.source;
  const range = sheet.getRangeByIndexes(source.row, source.column, source.rowCount, source.columnCount);
  const chart = sheet.charts.add(CHART_TYPES[spec.type], range, "Columns");
  chart.title.text = spec.title;
  if (spec.titleFontSize !== undefined) chart.title.format.font.size = spec.titleFontSize;
  if (spec.fontSize !== undefined) chart.format.font.size = spec.fontSize;
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  if (spec.legendPosition) chart.legend.position = LEGEND_POSITIONS[spec.legendPosition];
  if (spec.valueAxis) {
    chart.axes.valueAxis.majorUnit = spec.valueAxis.majorUnit;
    chart.axes.valueAxis.numberFormat = spec.valueAxis.numberFormat;
  }
  // The source's first column holds the categories; each further column is a series.
  for (let index = 0; index < source.columnCount - 1; index++) {
    styleSeries(chart.series.getItemAt(index), spec, index);
  }
  const { anchor } = spec;
  chart.setPosition(
    cellAddress(anchor.row, anchor.column),
    cellAddress(anchor.row + anchor.rowCount - 1, anchor.column + anchor.columnCount - 1),
  );
}

/** A series' colour (the columns' fill, or the line and its markers) and its data labels. */
function styleSeries(series: XlChartSeries, spec: ChartSpec, index: number): void {
  const color = spec.seriesColors?.[index];
  const line = spec.type === "line";
  if (color && line) {
    series.format.line.color = color;
    series.markerStyle = "Circle";
    series.markerSize = LINE_MARKER_SIZE;
    series.markerBackgroundColor = color;
    series.markerForegroundColor = color;
  } else if (color) {
    series.format.fill.setSolidColor(color);
  }
  if (spec.gapWidth !== undefined && !line) series.gapWidth = spec.gapWidth;
  const labels = spec.dataLabels;
  if (!labels) return;
  series.hasDataLabels = true;
  series.dataLabels.showValue = true;
  series.dataLabels.position = line ? "Top" : "Center";
  series.dataLabels.numberFormat = labels.numberFormat;
  series.dataLabels.format.font.size = labels.fontSize;
  series.dataLabels.format.font.bold = labels.bold;
  const fontColor = labels.fontColors?.[index];
  if (fontColor) series.dataLabels.format.font.color = fontColor;
}
