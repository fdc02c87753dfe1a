import { CategoryAxis, ChartFrame, ChartLegend, chartPlot, type ChartPlot, ValueGrid } from "./chart-frame";
import type { ChartDrawing } from "./drawing";

/** Chart types the preview draws as lines (Excel's Line* types). */
export function isLineChart(chart: ChartDrawing): boolean {
  return chart.type.startsWith("Line");
}

/**
 * Draws a line chart with markers the way Excel lays one out: title, value axis with gridlines, one line
 * per series with a marker and its value at each category, legend below.
 */
export function LineChart({ chart, width, height }: { chart: ChartDrawing; width: number; height: number }) {
  // 10 px above the highest point, for the value written over its marker.
  const plot = chartPlot(chart, { width, height }, Math.max(...chart.series.flatMap((s) => s.values)), 10);
  const label = `${chart.title}: ${chart.series.map((s) => `${s.name} ${s.values.join(", ")}`).join("; ")}`;
  return (
    <ChartFrame chart={chart} width={width} height={height} label={label}>
      <ValueGrid plot={plot} />
      <CategoryAxis chart={chart} plot={plot} />
      <Lines chart={chart} plot={plot} />
      <ChartLegend
        chart={chart}
        plot={plot}
        keyOf={(x, y, color) => (
          <>
            <line x1={x} x2={x + 10} y1={y - 4} y2={y - 4} stroke={color} strokeWidth={2} />
            <circle cx={x + 5} cy={y - 4} r={2.5} fill={color} />
          </>
        )}
      />
    </ChartFrame>
  );
}

/** One polyline per series, a circle at each point and its value above it. */
function Lines({ chart, plot }: { chart: ChartDrawing; plot: ChartPlot }) {
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
