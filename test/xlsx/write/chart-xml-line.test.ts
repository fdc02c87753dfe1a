import type { Element } from "@xmldom/xmldom";
import type { ChartSpec } from "../../../src/layout/model";
import { chartData, chartXml } from "../../../src/xlsx/write/chart-xml";
import { aSheetLayout } from "./fixtures";
import { elements, NS, parseXml, valOf } from "./xml";

const layout = aSheetLayout();
const columns = layout.charts[0] as ChartSpec;
const line: ChartSpec = {
  ...columns,
  type: "line",
  seriesColors: ["#2F5597", "#ED7D31"],
  dataLabels: { numberFormat: "0", fontSize: 8, bold: true, fontColors: ["#2F5597", "#ED7D31"] },
};

/** The local names of an element's child elements, in order. */
function childNames(element: Element): string[] {
  const names: string[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) names.push((child as Element).localName ?? "");
  }
  return names;
}

describe("chartXml, a line chart", () => {
  const document = parseXml(chartXml(line, chartData(layout, "Summary", line)));
  const series = elements(document, NS.chart, "ser");

  it("is a c:lineChart with markers, no bar chart, the same axes", () => {
    expect(elements(document, NS.chart, "barChart")).toHaveLength(0);
    const chart = elements(document, NS.chart, "lineChart")[0] as Element;
    expect(valOf(chart, NS.chart, "grouping")).toBe("standard");
    expect(childNames(chart).slice(-3)).toEqual(["marker", "axId", "axId"]);
    expect(elements(document, NS.chart, "catAx")).toHaveLength(1);
    expect(elements(document, NS.chart, "valAx")).toHaveLength(1);
    expect(elements(document, NS.chart, "gapWidth")).toHaveLength(0);
  });

  it("gives each series its colour as the line and the circle marker, labels above the points", () => {
    expect(series).toHaveLength(2);
    const first = series[0] as Element;
    // The order the schema (CT_LineSer) requires.
    expect(childNames(first)).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "marker",
      "dLbls",
      "cat",
      "val",
      "smooth",
    ]);
    const spPr = elements(first, NS.chart, "spPr")[0] as Element;
    expect(valOf(elements(spPr, NS.drawing, "ln")[0] as Element, NS.drawing, "srgbClr")).toBe("2F5597");
    const marker = elements(first, NS.chart, "marker")[0] as Element;
    expect(valOf(marker, NS.chart, "symbol")).toBe("circle");
    expect(valOf(marker, NS.drawing, "srgbClr")).toBe("2F5597");
    expect(valOf(series[1] as Element, NS.drawing, "srgbClr")).toBe("ED7D31");
    expect(valOf(first, NS.chart, "dLblPos")).toBe("t");
  });

  it("keeps the stacked-column series in their schema order (CT_BarSer)", () => {
    const bars = parseXml(
      chartXml({ ...columns, dataLabels: line.dataLabels }, chartData(layout, "Summary", columns)),
    );
    const first = elements(bars, NS.chart, "ser")[0] as Element;
    expect(childNames(first)).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "dLbls",
      "cat",
      "val",
    ]);
    expect(valOf(first, NS.chart, "dLblPos")).toBe("ctr");
  });
});
