import { ChartRun, type ChartRunOptions } from "docx/charts";
import type { DocChart } from "../layout/document/model";

/** Pixels per point: docx sizes charts in pixels at 96 per inch. */
const PIXELS = 96 / 72;
/** Points: the trend's circle markers, as the sheet's line chart draws them. */
const MARKER_SIZE = 7;

const hex = (color: string | undefined): string | undefined => color?.replace("#", "").toUpperCase();

type Series = Extract<ChartRunOptions, { type: "column" }>["series"][number];

/**
 * A figure as a native, editable Word chart: a chart part with its data in an embedded workbook (Word's "Edit
 * Data" opens it), drawn from the summary sheet's chart spec, the one the .xlsx writer draws: stacked columns
 * (Figures 1 and 2) or lines with markers (Figure 3, the outstanding trend), with the spec's title, axis
 * titles, series colours, data labels, legend, gap and value-axis steps.
 */
export function chartRunOf(chart: DocChart): ChartRun {
  const { spec } = chart;
  const font = spec.fontSize === undefined ? {} : { font: { size: spec.fontSize } };
  const common = {
    title: {
      text: spec.title,
      font: { bold: true, ...(spec.titleFontSize ? { size: spec.titleFontSize } : {}) },
    },
    categories: chart.categories,
    series: chart.series.map((series, index) => seriesOf(chart, series, index)),
    legend: { position: spec.legendPosition ?? "right", ...font },
    categoryAxis: { ...(spec.xAxisTitle ? { title: spec.xAxisTitle } : {}), ...font },
    valueAxis: {
      ...(spec.yAxisTitle ? { title: spec.yAxisTitle } : {}),
      ...(spec.valueAxis
        ? { interval: spec.valueAxis.majorUnit, numberFormat: spec.valueAxis.numberFormat }
        : {}),
      ...font,
    },
    transformation: { width: Math.round(chart.width * PIXELS), height: Math.round(chart.height * PIXELS) },
    altText: { name: spec.id, title: spec.title, description: spec.title },
  };
  const options: ChartRunOptions =
    spec.type === "line"
      ? { type: "line", markers: { shape: "circle", size: MARKER_SIZE }, ...common }
      : {
          type: "column",
          stacking: "stacked",
          ...common,
          ...(spec.gapWidth === undefined ? {} : { gapWidth: spec.gapWidth }),
        };
  return new ChartRun(options);
}

/** One series: its colour (the columns' fill, or the line's), and its labels (in the segments, or above the points). */
function seriesOf(chart: DocChart, series: DocChart["series"][number], index: number): Series {
  const labels = chart.spec.dataLabels;
  const color = hex(series.color);
  const labelColor = hex(labels?.fontColors?.[index]);
  const line = chart.spec.type === "line";
  return {
    name: series.name,
    values: series.values,
    ...(color ? { color } : {}),
    ...(color && line ? { line: { color } } : {}),
    ...(labels
      ? {
          dataLabels: {
            value: true,
            position: line ? ("above" as const) : ("center" as const),
            numberFormat: labels.numberFormat,
            font: { size: labels.fontSize, bold: labels.bold, ...(labelColor ? { color: labelColor } : {}) },
          },
        }
      : {}),
  };
}
