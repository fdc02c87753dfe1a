import { niceAxis, stackTotals } from "./chart-scale";
import type { ChartDrawing } from "./drawing";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
const FONT = "Calibri, Carlito, 'Segoe UI', sans-serif";
/** Average width of a 10 px legend character, and the height of a legend line. */
const CHAR_WIDTH = 5.2;
const LEGEND_LINE = 14;

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
  const legend = legendLayout(
    chart.series.map((series) => series.name),
    width,
  );
  const legendHeight = legend.lines * LEGEND_LINE + (legend.lines > 0 ? 8 : 0);
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
      <Legend chart={chart} colorOf={colorOf} width={width} top={height - legendHeight} />
    </svg>
  );
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

function Legend({
  chart,
  colorOf,
  width,
  top,
}: {
  chart: ChartDrawing;
  colorOf: (index: number) => string;
  width: number;
  top: number;
}) {
  const { entries } = legendLayout(
    chart.series.map((series) => series.name),
    width,
  );
  return (
    <g>
      {chart.series.map((series, index) => {
        const entry = entries[index] ?? { x: 8, line: 0 };
        const y = top + entry.line * LEGEND_LINE + 10;
        return (
          <g key={series.name + index}>
            <rect x={entry.x} y={y - 8} width={9} height={9} fill={colorOf(index)} />
            <text x={entry.x + 13} y={y} fontSize={10} fill="#595959">
              {series.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}
