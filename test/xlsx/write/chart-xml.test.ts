import type { Element } from "@xmldom/xmldom";
import type { ChartSpec, SheetLayout } from "../../../src/layout/model";
import { chartData, chartXml } from "../../../src/xlsx/write/chart-xml";
import { drawingXml } from "../../../src/xlsx/write/drawing-xml";
import { aSheetLayout } from "./fixtures";
import { elements, NS, parseXml, textOf, valOf } from "./xml";

const layout = aSheetLayout();
const bareChart = layout.charts[0] as ChartSpec;
/** The chart with every look the layout can state. */
const chart: ChartSpec = {
  ...bareChart,
  titleFontSize: 12,
  fontSize: 9,
  legendPosition: "bottom",
  gapWidth: 60,
  dataLabels: { numberFormat: "0;;;", fontSize: 8, bold: true, fontColors: ["#FFFFFF", "#000000"] },
  valueAxis: { majorUnit: 2, numberFormat: "0" },
};

function seriesOf(xml: string) {
  return elements(parseXml(xml), NS.chart, "ser").map((ser) => {
    const formulas = elements(ser, NS.chart, "f").map((f) => f.textContent);
    const caches = (name: "strCache" | "numCache") =>
      elements(ser, NS.chart, name).map((cache) => elements(cache, NS.chart, "v").map((v) => v.textContent));
    const fill = elements(ser, NS.chart, "spPr").find((spPr) => spPr.parentNode === ser);
    return {
      formulas,
      strings: caches("strCache"),
      numbers: caches("numCache"),
      color: fill ? valOf(fill, NS.drawing, "srgbClr") : null,
    };
  });
}

describe("chartXml", () => {
  const xml = chartXml(chart, chartData(layout, "Summary", chart));
  const document = parseXml(xml);

  it("is a stacked column chart with overlapping bars", () => {
    expect(elements(document, NS.chart, "barChart")).toHaveLength(1);
    expect(valOf(document, NS.chart, "barDir")).toBe("col");
    expect(valOf(document, NS.chart, "grouping")).toBe("stacked");
    expect(valOf(document, NS.chart, "overlap")).toBe("100");
    expect(elements(document, NS.chart, "catAx")).toHaveLength(1);
    expect(elements(document, NS.chart, "valAx")).toHaveLength(1);
    expect(valOf(document, NS.chart, "legendPos")).toBe("b");
  });

  it("carries the title", () => {
    const title = elements(document, NS.chart, "title")[0];
    expect(title && textOf(title, NS.drawing, "t")).toBe(
      "JIU recommendations to legislative bodies, 2018–2021",
    );
  });

  it("has one series per status column, reading header, years and counts from the sheet, with caches", () => {
    expect(seriesOf(xml)).toEqual([
      {
        formulas: ["'Summary'!$B$4", "'Summary'!$A$5:$A$7", "'Summary'!$B$5:$B$7"],
        strings: [["Implemented"]],
        numbers: [
          ["2019", "2020", "2021"],
          ["3", "2", "0"],
        ],
        color: "1F4E79",
      },
      {
        formulas: ["'Summary'!$C$4", "'Summary'!$A$5:$A$7", "'Summary'!$C$5:$C$7"],
        strings: [["In progress"]],
        numbers: [
          ["2019", "2020", "2021"],
          ["1", "0", "4"],
        ],
        color: "F4B183",
      },
    ]);
  });

  it("quotes sheet names with apostrophes and Chinese characters in every reference", () => {
    const formulas = seriesOf(chartXml(chart, chartData(layout, "摘要 l'ONU", chart))).flatMap(
      (s) => s.formulas,
    );
    expect(formulas).toContain("'摘要 l''ONU'!$B$5:$B$7");
    expect(formulas.every((f) => f?.startsWith("'摘要 l''ONU'!$"))).toBe(true);
  });

  it("writes text categories as text, skips empty and non-numeric values in the cache, and escapes text", () => {
    const values = [
      ["状态", "已实施 <A&B>", "正在实施"],
      ["2020年", 1, null],
      ["2021年", "n/a", 2],
    ];
    const textual: SheetLayout = { ...layout, values, charts: [] };
    const spec: ChartSpec = {
      ...chart,
      source: { row: 0, column: 0, rowCount: 3, columnCount: 3 },
      seriesColors: undefined,
    };
    const series = seriesOf(chartXml(spec, chartData(textual, "摘要", spec)));
    expect(series[0]?.strings).toEqual([["已实施 <A&B>"], ["2020年", "2021年"]]);
    expect(series[0]?.numbers).toEqual([["1"]]);
    expect(series[1]?.numbers).toEqual([["2"]]);
    expect(series[0]?.color).toBeNull();
  });

  it("draws the look the spec states: sizes, legend, gap, data labels, whole-number axis", () => {
    expect(valOf(document, NS.chart, "gapWidth")).toBe("60");
    const title = elements(document, NS.chart, "title")[0];
    expect(title && elements(title, NS.drawing, "defRPr")[0]?.getAttribute("sz")).toBe("1200");
    const labels = elements(document, NS.chart, "dLbls");
    expect(labels).toHaveLength(2);
    expect(elements(labels[0] as Element, NS.chart, "numFmt")[0]?.getAttribute("formatCode")).toBe("0;;;");
    expect(elements(labels[0] as Element, NS.drawing, "defRPr")[0]?.getAttribute("sz")).toBe("800");
    expect(labels.map((label) => valOf(label, NS.drawing, "srgbClr"))).toEqual(["FFFFFF", "000000"]);
    const axis = elements(document, NS.chart, "valAx")[0] as Element;
    expect(valOf(axis, NS.chart, "majorUnit")).toBe("2");
    expect(elements(axis, NS.chart, "numFmt")[0]?.getAttribute("formatCode")).toBe("0");
  });

  it("adds nothing the spec leaves out: no data labels, no axis step, the application's sizes", () => {
    const bare = parseXml(chartXml(bareChart, chartData(layout, "Summary", bareChart)));
    expect(elements(bare, NS.chart, "dLbls")).toHaveLength(0);
    expect(elements(bare, NS.chart, "majorUnit")).toHaveLength(0);
    expect(valOf(bare, NS.chart, "gapWidth")).toBe("150");
    expect(valOf(bare, NS.chart, "legendPos")).toBe("r");
    const title = elements(bare, NS.chart, "title")[0];
    expect(title && elements(title, NS.drawing, "defRPr")[0]?.hasAttribute("sz")).toBe(false);
  });
});

describe("drawingXml", () => {
  it("anchors each chart over its cells and links it by relationship id", () => {
    const document = parseXml(drawingXml([{ spec: chart, relationshipId: "rId1" }], layout));
    const anchor = elements(document, NS.spreadsheetDrawing, "twoCellAnchor")[0];
    if (!anchor) throw new Error("no anchor");
    const corner = (name: "from" | "to") => {
      const element = elements(anchor, NS.spreadsheetDrawing, name)[0];
      if (!element) throw new Error(`no ${name}`);
      return ["col", "colOff", "row", "rowOff"].map((name) => textOf(element, NS.spreadsheetDrawing, name));
    };
    expect(corner("from")).toEqual(["0", "0", "8", "0"]);
    // The far edge of the last cell (column D: 60 pt = 80 px; row 23: default 15 pt), not the next cell.
    expect(corner("to")).toEqual(["3", String(80 * 9525), "22", String(15 * 12700)]);
    const chartRef = elements(document, NS.chart, "chart")[0];
    expect(chartRef?.getAttributeNS(NS.relationships, "id")).toBe("rId1");
    expect(elements(document, NS.spreadsheetDrawing, "cNvPr")[0]?.getAttribute("descr")).toBe(chart.title);
  });
});
