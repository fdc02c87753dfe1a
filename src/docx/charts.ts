import { ChartRun, type ChartRunOptions } from "docx/charts";
import type { DocChart } from "../layout/document/model";

/** Pixels per point: docx sizes charts in pixels at 96 per inch. */
const PIXELS = 96 / 72;

const hex = (color: string | undefined): string | undefined => color?.replace("#", "").toUpperCase();

/**
 * A figure as a native, editable Word chart: a stacked-column chart part with its data in an embedded workbook
 * (Word's "Edit Data" opens it), drawn from the summary sheet's chart spec, the one the .xlsx writer draws:
 * its title, axis titles, series colours, data labels (hidden zeros), legend, gap and value-axis steps.
 */
export function chartRunOf(chart: DocChart): ChartRun {
  const { spec } = chart;
  const font = spec.fontSize === undefined ? {} : { font: { size: spec.fontSize } };
  const labels = spec.dataLabels;
  const options: ChartRunOptions = {
    type: "column",
    stacking: "stacked",
    title: {
      text: spec.title,
      font: { bold: true, ...(spec.titleFontSize ? { size: spec.titleFontSize } : {}) },
    },
    categories: chart.categories,
    series: chart.series.map((series, index) => {
      const color = hex(series.color);
      const labelColor = hex(labels?.fontColors?.[index]);
      return {
        name: series.name,
        values: series.values,
        ...(color ? { color } : {}),
        ...(labels
          ? {
              dataLabels: {
                value: true,
                position: "center" as const,
                numberFormat: labels.numberFormat,
                font: {
                  size: labels.fontSize,
                  bold: labels.bold,
                  ...(labelColor ? { color: labelColor } : {}),
                },
              },
            }
          : {}),
      };
    }),
    ...(spec.gapWidth === undefined ? {} : { gapWidth: spec.gapWidth }),
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
  return new ChartRun(options);
}
