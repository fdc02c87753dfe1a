import type { XlChartSeries } from "../../src/excel/excel-api";
import { dataLabelsProxy, Setter } from "./chart-setter";
import { invalidArgument } from "./errors";
import type { ActionQueue } from "./proxy";
import type { ChartState } from "./state";

/** Marker styles Excel takes (ChartMarkerStyle). */
const MARKER_STYLES = new Set([
  "Automatic",
  "None",
  "Square",
  "Diamond",
  "Triangle",
  "X",
  "Star",
  "Dot",
  "Dash",
  "Circle",
  "Plus",
  "Picture",
]);

/** Chart types whose series are lines, and so have markers (Excel's Line* chart types). */
function isLineChart(chart: ChartState): boolean {
  return chart.type.startsWith("Line");
}

/**
 * `chart.series.getItemAt(index)`: fill colour, gap width, data labels, and for a line chart the line's
 * colour and the markers. A series index past the source's series, or markers on a chart without lines,
 * fail at sync as Excel's InvalidArgument.
 */
export function seriesProxy(
  queue: ActionQueue,
  path: string,
  chart: () => ChartState,
  index: number,
): XlChartSeries {
  const own = `${path}.getItemAt(${index})`;
  const prefix = `series[${index}]`;
  const check = () => {
    if (!Number.isInteger(index) || index < 0) throw invalidArgument(`Series index ${index}.`);
    const { source, seriesBy } = chart();
    const count = seriesBy === "Rows" ? source.box.rowCount - 1 : source.box.columnCount - 1;
    if (index >= count) throw invalidArgument(`The chart has ${count} series; there is no series ${index}.`);
  };
  const setter = new Setter(queue, own, chart, "ChartSeries", prefix);
  const series = {
    format: seriesFormat(queue, own, prefix, chart, index, check),
    get gapWidth(): number {
      return setter.read("gapWidth");
    },
    set gapWidth(value: number) {
      setter.record("gapWidth", value, () => {
        check();
        if (!(value >= 0 && value <= 500)) throw invalidArgument(`Gap width ${value}.`);
      });
    },
    get hasDataLabels(): boolean {
      return setter.read("hasDataLabels");
    },
    set hasDataLabels(value: boolean) {
      setter.record("hasDataLabels", value, check);
    },
    dataLabels: dataLabelsProxy(
      new Setter(queue, `${own}.dataLabels`, chart, "ChartDataLabels", `${prefix}.dataLabels`),
    ),
  };
  const markers = markerAccessors(setter, () => {
    check();
    if (!isLineChart(chart())) throw invalidArgument(`A ${chart().type} chart's series have no markers.`);
  });
  // Getters and setters do not survive a spread: copy their descriptors.
  return Object.defineProperties(series, Object.getOwnPropertyDescriptors(markers)) as XlChartSeries;
}

type Markers = Pick<
  XlChartSeries,
  "markerStyle" | "markerSize" | "markerBackgroundColor" | "markerForegroundColor"
>;

/** The marker properties of a series, each checked when the batch syncs. */
function markerAccessors(setter: Setter<ChartState>, checkMarker: () => void): Markers {
  const set = (name: keyof Markers, value: unknown, valid: boolean) =>
    setter.record(name, value, () => {
      checkMarker();
      if (!valid) throw invalidArgument(`${name} ${String(value)}.`);
    });
  return {
    get markerStyle(): Markers["markerStyle"] {
      return setter.read("markerStyle");
    },
    set markerStyle(value: Markers["markerStyle"]) {
      set("markerStyle", value, MARKER_STYLES.has(String(value)));
    },
    get markerSize(): number {
      return setter.read("markerSize");
    },
    set markerSize(value: number) {
      set("markerSize", value, value >= 2 && value <= 72);
    },
    get markerBackgroundColor(): string {
      return setter.read("markerBackgroundColor");
    },
    set markerBackgroundColor(value: string) {
      set("markerBackgroundColor", value.toUpperCase(), value !== "");
    },
    get markerForegroundColor(): string {
      return setter.read("markerForegroundColor");
    },
    set markerForegroundColor(value: string) {
      set("markerForegroundColor", value.toUpperCase(), value !== "");
    },
  };
}

/** `series.format`: the fill (the columns' colour) and the line (a line series' colour). */
function seriesFormat(
  queue: ActionQueue,
  own: string,
  prefix: string,
  chart: () => ChartState,
  index: number,
  check: () => void,
): XlChartSeries["format"] {
  const fill = new Setter(queue, `${own}.format.fill`, chart, "ChartFill", `${prefix}.format.fill`);
  const line = new Setter(queue, `${own}.format.line`, chart, "ChartLineFormat", `${prefix}.format.line`);
  return {
    fill: {
      setSolidColor: (color: string) =>
        fill.call("setSolidColor", [color], (target) => {
          check();
          target.seriesColors.set(index, color.toUpperCase());
        }),
    },
    line: {
      get color(): string {
        return line.read("color");
      },
      set color(value: string) {
        line.record("color", value.toUpperCase(), check);
      },
    },
  };
}
