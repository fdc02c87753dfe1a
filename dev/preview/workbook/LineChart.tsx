import { niceAxis } from "./chart-scale";
import type { ChartDrawing } from "./drawing";
import { legendLayout } from "./StackedColumnChart";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const FONT = "Calibri, Carlito, 'Segoe UI', sans-serif";
const LEGEND_LINE = 14;
const TEXT = "#595959";

/** Chart types the preview draws as lines (Excel's Line* types). */
export function isLineChart(chart: ChartDrawing): boolean {
  return chart.type.startsWith("Line");
}

interface Plot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly colorOf: (series: number) => string;
}

/**
 * Draws a line chart with markers the way Excel lays one out: title, value axis with gridlines, one line
 * per series with a marker and its value at each category, legend below.
 */
export function LineChart({ chart, width, height }: { chart: ChartDrawing; width: number; height: number }) {
  const { step, top } = niceAxis(Math.max(0, ...chart.series.flatMap((series) => series.values)), 5);
  const legend = legendLayout(
    chart.series.map((series) => series.name),
    width,
  );
  const legendHeight = legend.lines * LEGEND_LINE + (legend.lines > 0 ? 8 : 0);
  const left = 34 + (chart.yAxisTitle ? 18 : 0);
  const plotTop = (chart.title ? 30 : 8) + 10;
  const right = width - 12;
  const bottom = height - legendHeight - (chart.xAxisTitle ? 18 : 0) - 22;
  const band = chart.categories.length > 0 ? (right - left) / chart.categories.length : 0;
  const plot: Plot = {
    left,
    top: plotTop,
    right,
    bottom,
    x: (index) => left + band * (index + 0.5),
    y: (value) => bottom - (value / top) * Math.max(10, bottom - plotTop),
    colorOf: (index) => chart.series[index]?.color ?? PALETTE[index % PALETTE.length] ?? "#888",
  };
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const label = `${chart.title}: ${chart.series.map((s) => `${s.name} ${s.values.join(", ")}`).join("; ")}`;
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
      <Axes chart={chart} plot={plot} ticks={ticks} />
      <Lines chart={chart} plot={plot} />
      <LineLegend chart={chart} plot={plot} entries={legend.entries} top={height - legendHeight} />
    </svg>
  );
}

function Axes({ chart, plot, ticks }: { chart: ChartDrawing; plot: Plot; ticks: readonly number[] }) {
  return (
    <g>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={plot.left} x2={plot.right} y1={plot.y(tick)} y2={plot.y(tick)} stroke="#d9d9d9" />
          <text x={plot.left - 6} y={plot.y(tick) + 4} textAnchor="end" fontSize={10} fill={TEXT}>
            {tick}
          </text>
        </g>
      ))}
      {chart.categories.map((category, c) => (
        <text
          key={category + c}
          x={plot.x(c)}
          y={plot.bottom + 14}
          textAnchor="middle"
          fontSize={10}
          fill={TEXT}
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
          fill={TEXT}
        >
          {chart.xAxisTitle}
        </text>
      )}
      {chart.yAxisTitle && (
        <text
          transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={10}
          fill={TEXT}
        >
          {chart.yAxisTitle}
        </text>
      )}
    </g>
  );
}

/** One polyline per series, a circle at each point and its value above it. */
function Lines({ chart, plot }: { chart: ChartDrawing; plot: Plot }) {
  return (
    <g>
      {chart.series.map((series, s) => (
        <g key={series.name + s}>
          <polyline
            fill="none"
            stroke={plot.colorOf(s)}
            strokeWidth={2.25}
            points={series.values.map((value, c) => `${plot.x(c)},${plot.y(value)}`).join(" ")}
          />
          {series.values.map((value, c) => (
            <g key={c}>
              <circle cx={plot.x(c)} cy={plot.y(value)} r={3.5} fill={plot.colorOf(s)}>
                <title>{`${chart.categories[c] ?? ""}, ${series.name}: ${value}`}</title>
              </circle>
              <text
                x={plot.x(c)}
                y={plot.y(value) - 7}
                textAnchor="middle"
                fontSize={9}
                fontWeight="bold"
                fill={plot.colorOf(s)}
              >
                {value}
              </text>
            </g>
          ))}
        </g>
      ))}
    </g>
  );
}

/** The legend below the plot: a short line with a marker, and the series' name. */
function LineLegend({
  chart,
  plot,
  entries,
  top,
}: {
  chart: ChartDrawing;
  plot: Plot;
  entries: readonly { x: number; line: number }[];
  top: number;
}) {
  return (
    <g>
      {chart.series.map((series, s) => {
        const entry = entries[s] ?? { x: 8, line: 0 };
        const y = top + entry.line * LEGEND_LINE + 10;
        return (
          <g key={`legend-${series.name}-${s}`}>
            <line
              x1={entry.x}
              x2={entry.x + 10}
              y1={y - 4}
              y2={y - 4}
              stroke={plot.colorOf(s)}
              strokeWidth={2}
            />
            <circle cx={entry.x + 5} cy={y - 4} r={2.5} fill={plot.colorOf(s)} />
            <text x={entry.x + 13} y={y} fontSize={10} fill={TEXT}>
              {series.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
