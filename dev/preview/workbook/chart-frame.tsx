/**
 * What the preview's charts share, laid out as Excel lays out a chart: the frame and its title, the
 * value axis with gridlines, the category axis and the axis titles, and the legend below the plot.
 */
import type { ReactNode } from "react";
import { niceAxis } from "./chart-scale";
import type { ChartDrawing } from "./drawing";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const FONT = "Calibri, Carlito, 'Segoe UI', sans-serif";
/** Average width of a 10 px legend character, and the height of a legend line. */
const CHAR_WIDTH = 5.2;
const LEGEND_LINE = 14;
export const AXIS_TEXT = "#595959";

export interface LegendEntry {
  readonly x: number;
  readonly line: number;
}

/** Legend entries flow left to right and wrap to a new line, as Excel's bottom legend does. */
export function legendLayout(
  names: readonly string[],
  width: number,
): { entries: { x: number; line: number }[]; lines: number } {
  const entries: { x: number; line: number }[] = [];
  let x = 8;
  let line = 0;
  for (const name of names) {
    const entryWidth = 13 + name.length * CHAR_WIDTH + 14;
    if (x + entryWidth > width && x > 8) {
      line++;
      x = 8;
    }
    entries.push({ x, line });
    x += entryWidth;
  }
  return { entries, lines: names.length === 0 ? 0 : line + 1 };
}

/** Where a chart's plot area stands, its value scale, and where its legend starts. */
export interface ChartPlot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** The width each category gets along the category axis. */
  readonly band: number;
  /** The middle of a category along the category axis. */
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly ticks: readonly number[];
  readonly colorOf: (series: number) => string;
  readonly legend: readonly LegendEntry[];
  readonly legendTop: number;
}

/**
 * Lays out a chart of `width` × `height` whose values reach `maxValue`: the title on top, the legend
 * and the category axis below, the value axis on the left. `plotTopPadding` leaves room above the
 * highest point (a line chart writes its values above its markers).
 */
export function chartPlot(
  chart: ChartDrawing,
  size: { readonly width: number; readonly height: number },
  maxValue: number,
  plotTopPadding = 0,
): ChartPlot {
  const { step, top: axisTop } = niceAxis(Math.max(0, maxValue), 5);
  const legend = legendLayout(
    chart.series.map((series) => series.name),
    size.width,
  );
  const legendHeight = legend.lines * LEGEND_LINE + (legend.lines > 0 ? 8 : 0);
  const left = 34 + (chart.yAxisTitle ? 18 : 0);
  const top = (chart.title ? 30 : 8) + plotTopPadding;
  const right = size.width - 12;
  const bottom = size.height - legendHeight - (chart.xAxisTitle ? 18 : 0) - 22;
  const plotHeight = Math.max(10, bottom - top);
  const band = chart.categories.length > 0 ? (right - left) / chart.categories.length : 0;
  return {
    left,
    top,
    right,
    bottom,
    band,
    x: (index) => left + band * (index + 0.5),
    y: (value) => bottom - (value / axisTop) * plotHeight,
    ticks: Array.from({ length: Math.round(axisTop / step) + 1 }, (_, i) => i * step),
    colorOf: (index) => chart.series[index]?.color ?? PALETTE[index % PALETTE.length] ?? "#888",
    legend: legend.entries,
    legendTop: size.height - legendHeight,
  };
}

/** The chart's frame: an image with its accessible label and the chart's title. */
export function ChartFrame({
  chart,
  width,
  height,
  label,
  children,
}: {
  chart: ChartDrawing;
  width: number;
  height: number;
  label: string;
  children: ReactNode;
}) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      data-chart={chart.name}
      style={{ background: "#fff", border: "1px solid #d9d9d9", fontFamily: FONT }}
    >
      <title>{label}</title>
      {chart.title && (
        <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fill="#404040">
          {chart.title}
        </text>
      )}
      {children}
    </svg>
  );
}

/** The value axis's gridlines and figures. */
export function ValueGrid({ plot }: { plot: ChartPlot }) {
  return (
    <g>
      {plot.ticks.map((tick) => (
        <g key={tick}>
          <line x1={plot.left} x2={plot.right} y1={plot.y(tick)} y2={plot.y(tick)} stroke="#d9d9d9" />
          <text x={plot.left - 6} y={plot.y(tick) + 4} textAnchor="end" fontSize={10} fill={AXIS_TEXT}>
            {tick}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The categories under the plot, the axis line, and the two axes' titles. */
export function CategoryAxis({ chart, plot }: { chart: ChartDrawing; plot: ChartPlot }) {
  return (
    <g>
      {chart.categories.map((category, c) => (
        <text
          key={category + c}
          x={plot.x(c)}
          y={plot.bottom + 14}
          textAnchor="middle"
          fontSize={10}
          fill={AXIS_TEXT}
        >
          {category}
        </text>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#bfbfbf" />
      {chart.xAxisTitle && (
        <text
          x={(plot.left + plot.right) / 2}
          y={plot.bottom + 32}
          textAnchor="middle"
          fontSize={10}
          fill={AXIS_TEXT}
        >
          {chart.xAxisTitle}
        </text>
      )}
      {chart.yAxisTitle && (
        <text
          transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={10}
          fill={AXIS_TEXT}
        >
          {chart.yAxisTitle}
        </text>
      )}
    </g>
  );
}

/** The legend below the plot: each series' key (drawn by `keyOf`, left of the name) and its name. */
export function ChartLegend({
  chart,
  plot,
  keyOf,
}: {
  chart: ChartDrawing;
  plot: ChartPlot;
  /** The series' key at (x, baseline y) in its colour. */
  keyOf: (x: number, y: number, color: string) => ReactNode;
}) {
  return (
    <g>
      {chart.series.map((series, s) => {
        const entry = plot.legend[s] ?? { x: 8, line: 0 };
        const y = plot.legendTop + entry.line * LEGEND_LINE + 10;
        return (
          <g key={`legend-${series.name}-${s}`}>
            {keyOf(entry.x, y, plot.colorOf(s))}
            <text x={entry.x + 13} y={y} fontSize={10} fill={AXIS_TEXT}>
              {series.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
