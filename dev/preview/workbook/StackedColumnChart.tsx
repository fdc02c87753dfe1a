import { stackTotals } from "./chart-scale";
import { CategoryAxis, ChartFrame, ChartLegend, chartPlot, type ChartPlot, ValueGrid } from "./chart-frame";
import type { ChartDrawing } from "./drawing";

export { legendLayout } from "./chart-frame";

/**
 * Draws a stacked column chart the way Excel lays one out: title, value axis with gridlines, one stack
 * per category, legend below. Series values come from the chart's source range in the workbook.
 */
export function StackedColumnChart({
  chart,
  width,
  height,
}: {
  chart: ChartDrawing;
  width: number;
  height: number;
}) {
  const totals = stackTotals(chart.series, chart.categories.length);
  const plot = chartPlot(chart, { width, height }, Math.max(...totals));
  const label = `${chart.title}: ${chart.series
    .map((s) => `${s.name} ${s.values.reduce((sum, v) => sum + v, 0)}`)
    .join(", ")}`;
  return (
    <ChartFrame chart={chart} width={width} height={height} label={label}>
      <ValueGrid plot={plot} />
      <Stacks chart={chart} plot={plot} />
      <CategoryAxis chart={chart} plot={plot} />
      <ChartLegend
        chart={chart}
        plot={plot}
        keyOf={(x, y, color) => <rect x={x} y={y - 8} width={9} height={9} fill={color} />}
      />
    </ChartFrame>
  );
}

/** One stack per category: each series' value on top of the ones before it. */
function Stacks({ chart, plot }: { chart: ChartDrawing; plot: ChartPlot }) {
  const barWidth = plot.band * 0.55;
  return (
    <g>
      {chart.categories.map((category, c) => {
        let base = 0;
        const x = plot.x(c) - barWidth / 2;
        return (
          <g key={category + c}>
            {chart.series.map((series, s) => {
              const value = Math.max(0, series.values[c] ?? 0);
              const rect = (
                <rect
                  key={series.name + s}
                  x={x}
                  width={barWidth}
                  y={plot.y(base + value)}
                  height={Math.max(0, plot.y(base) - plot.y(base + value))}
                  fill={plot.colorOf(s)}
                >
                  <title>{`${category}, ${series.name}: ${value}`}</title>
                </rect>
              );
              base += value;
              return rect;
            })}
          </g>
        );
      })}
    </g>
  );
}
