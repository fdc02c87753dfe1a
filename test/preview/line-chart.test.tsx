import { writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import type { ChartDrawing } from "../../dev/preview/workbook/drawing";
import { isLineChart, LineChart } from "../../dev/preview/workbook/LineChart";

const chart: ChartDrawing = {
  name: "Chart 3",
  type: "LineMarkers",
  title: "Outstanding JIU recommendations by reporting cycle, 2021–2023",
  categories: ["28 February 2021", "28 February 2022", "28 February 2023"],
  series: [
    { name: "Legislative bodies", values: [0, 5, 1], color: "#2F5597" },
    { name: "Executive head", values: [5, 19, 4], color: "#ED7D31" },
  ],
  xAxisTitle: "Reporting cycle (status as of)",
  yAxisTitle: "Number of recommendations",
  anchor: { row: 40, column: 0, rowCount: 17, columnCount: 8 },
};

describe("the preview's line chart", () => {
  it("draws the Line* chart types, not the columns", () => {
    expect(isLineChart(chart)).toBe(true);
    expect(isLineChart({ ...chart, type: "ColumnStacked" })).toBe(false);
  });

  it("draws one line per series in its colour, a marker and the value at each point, and the legend", () => {
    const svg = renderToStaticMarkup(<LineChart chart={chart} width={640} height={300} />);
    if (process.env.PREVIEW_SVG) writeFileSync(process.env.PREVIEW_SVG, svg);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('stroke="#2F5597"');
    expect(svg).toContain('stroke="#ED7D31"');
    // Three markers per series, and one per legend entry.
    expect(svg.match(/<circle/g)).toHaveLength(8);
    expect(svg).toContain(">19</text>");
    expect(svg).toContain("Legislative bodies");
    expect(svg).toContain("28 February 2022");
    // The highest point (19) sits below the axis top (20) and above the lowest (0).
    const points = /points="([^"]+)"/.exec(svg.split("<polyline")[2] ?? "")?.[1]?.split(" ") ?? [];
    const ys = points.map((point) => Number(point.split(",")[1]));
    expect(ys[1]).toBeLessThan(ys[0] ?? 0);
    expect(ys[1]).toBeLessThan(ys[2] ?? 0);
  });
});
