/**
 * The charts part of the Excel JavaScript API the adapter uses (see excel-api.ts): the stacked-column
 * charts of Figures 1 and 2 and the line chart of the outstanding trend. Declared with the types `@types/office-js` gives; `ExcelProvidesSubset` proves
 * them against the real API through `XlWorksheet.charts`.
 */
import type { XlRange } from "./excel-api";

export interface XlChartCollection {
  readonly items: XlChart[];
  add(
    type: Excel.Chart["chartType"],
    sourceData: XlRange,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): XlChart;
  load(propertyNames: ("items/name" | "items/chartType")[]): XlChartCollection;
}

export interface XlChart {
  name: string;
  readonly chartType: Excel.Chart["chartType"];
  readonly title: XlChartTitle;
  readonly axes: XlChartAxes;
  readonly legend: XlChartLegend;
  readonly series: XlChartSeriesCollection;
  readonly dataLabels: XlChartDataLabels;
  /** The chart area: its font is the default of axis titles, tick labels and the legend. */
  readonly format: { readonly font: XlChartFont };
  setPosition(startCell: string, endCell?: string): void;
  load(propertyNames: ("name" | "chartType")[]): XlChart;
}

/** The chart title and the axis titles share this shape. */
export interface XlTextTitle {
  text: string;
  visible: boolean;
}

export interface XlChartTitle extends XlTextTitle {
  readonly format: { readonly font: XlChartFont };
}

export interface XlChartFont {
  size: number;
  bold: boolean;
  color: string;
}

export interface XlChartDataLabels {
  showValue: boolean;
  position: Excel.ChartDataLabels["position"];
  numberFormat: string;
  readonly format: { readonly font: XlChartFont };
}

export interface XlChartAxes {
  readonly categoryAxis: { readonly title: XlTextTitle };
  readonly valueAxis: XlChartValueAxis;
}

export interface XlChartValueAxis {
  readonly title: XlTextTitle;
  majorUnit: Excel.ChartAxis["majorUnit"];
  numberFormat: string;
}

export interface XlChartLegend {
  position: Excel.ChartLegend["position"];
  visible: boolean;
}

export interface XlChartSeriesCollection {
  getItemAt(index: number): XlChartSeries;
}

export interface XlChartSeries {
  readonly format: {
    readonly fill: { setSolidColor(color: string): void };
    /** A line series' line (ExcelApi 1.7). */
    readonly line: { color: string };
  };
  gapWidth: number;
  /** A line series' markers (ExcelApi 1.7). */
  markerStyle: Excel.ChartSeries["markerStyle"];
  markerBackgroundColor: string;
  markerForegroundColor: string;
  markerSize: number;
  hasDataLabels: boolean;
  readonly dataLabels: XlChartDataLabels;
}
