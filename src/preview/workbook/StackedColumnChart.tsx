import { niceAxis, stackTotals } from "./chart-scale";
import type { ChartDrawing } from "./drawing";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const FONT = "Calibri, Carlito, 'Segoe UI', sans-serif";

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
  const categories = chart.categories.length;
  const totals = stackTotals(chart.series, categories);
  const { step, top } = niceAxis(Math.max(0, ...totals), 5);
  const titleHeight = chart.title ? 30 : 8;
  const legendHeight = chart.series.length > 0 ? 26 : 0;
  const xTitleHeight = chart.xAxisTitle ? 18 : 0;
  const yTitleWidth = chart.yAxisTitle ? 18 : 0;
  const plot = {
    left: 34 + yTitleWidth,
    top: titleHeight,
    right: width - 12,
    bottom: height - legendHeight - xTitleHeight - 22,
  };
  const plotHeight = Math.max(10, plot.bottom - plot.top);
  const band = categories > 0 ? (plot.right - plot.left) / categories : 0;
  const barWidth = band * 0.55;
  const y = (value: number) => plot.bottom - (value / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const colorOf = (index: number) => chart.series[index]?.color ?? PALETTE[index % PALETTE.length] ?? "#888";
  const label = `${chart.title}: ${chart.series
    .map((s) => `${s.name} ${s.values.reduce((sum, v) => sum + v, 0)}`)
    .join(", ")}`;

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
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} stroke="#d9d9d9" />
          <text x={plot.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="#595959">
            {tick}
          </text>
        </g>
      ))}
      {chart.categories.map((category, c) => {
        let base = 0;
        const x = plot.left + c * band + (band - barWidth) / 2;
        return (
          <g key={category + c}>
            {chart.series.map((series, s) => {
              const value = Math.max(0, series.values[c] ?? 0);
              const rect = (
                <rect
                  key={series.name + s}
                  x={x}
                  width={barWidth}
                  y={y(base + value)}
                  height={Math.max(0, y(base) - y(base + value))}
                  fill={colorOf(s)}
                >
                  <title>{`${category}, ${series.name}: ${value}`}</title>
                </rect>
              );
              base += value;
              return rect;
            })}
            <text x={x + barWidth / 2} y={plot.bottom + 14} textAnchor="middle" fontSize={10} fill="#595959">
              {category}
            </text>
          </g>
        );
      })}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#bfbfbf" />
      {chart.xAxisTitle && (
        <text
          x={(plot.left + plot.right) / 2}
          y={plot.bottom + 32}
          textAnchor="middle"
          fontSize={10}
          fill="#595959"
        >
          {chart.xAxisTitle}
        </text>
      )}
      {chart.yAxisTitle && (
        <text
          transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={10}
          fill="#595959"
        >
          {chart.yAxisTitle}
        </text>
      )}
      <Legend chart={chart} colorOf={colorOf} width={width} y={height - 12} />
    </svg>
  );
}

function Legend({
  chart,
  colorOf,
  width,
  y,
}: {
  chart: ChartDrawing;
  colorOf: (index: number) => string;
  width: number;
  y: number;
}) {
  // Legend entries share the width evenly; long status names are shortened with an ellipsis.
  const slot = width / Math.max(1, chart.series.length);
  const maxChars = Math.max(4, Math.floor((slot - 18) / 5.5));
  return (
    <g>
      {chart.series.map((series, index) => {
        const x = index * slot + 8;
        const name = series.name.length > maxChars ? `${series.name.slice(0, maxChars - 1)}…` : series.name;
        return (
          <g key={series.name + index}>
            <rect x={x} y={y - 8} width={9} height={9} fill={colorOf(index)} />
            <text x={x + 13} y={y} fontSize={10} fill="#595959">
              {name}
              <title>{series.name}</title>
            </text>
          </g>
        );
      })}
    </g>
  );
}
