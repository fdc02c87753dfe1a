import type {
  ChartDataLabels,
  ChartSpec,
  ChartValueAxis,
  LayoutValue,
  RangeRef,
  SheetLayout,
} from "../../layout/model";
import { absoluteRangeFormula } from "./cell-ref";
import { hexColor } from "./cell-format";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";

export const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CATEGORY_AXIS_ID = 500_000_001;
const VALUE_AXIS_ID = 500_000_002;

/** One series of a chart, as cell references plus the values they hold now. */
export interface ChartSeries {
  readonly nameRef: string;
  readonly name: string;
  readonly valuesRef: string;
  readonly values: readonly (number | null)[];
  /** "RRGGBB" or null for the application's palette. */
  readonly color: string | null;
}

export interface ChartData {
  readonly categoriesRef: string;
  /** Years are numbers: those categories are written as numbers, anything else as text. */
  readonly categories: readonly (string | number | null)[];
  readonly series: readonly ChartSeries[];
}

/**
 * The series of a chart spec: the source's first row names them, its first column holds the categories,
 * each further column is one series. References use the sheet's final name.
 */
export function chartData(layout: SheetLayout, sheetName: string, chart: ChartSpec): ChartData {
  const { source } = chart;
  const bodyRows = source.rowCount - 1;
  const valueAt = (row: number, column: number): LayoutValue => layout.values[row]?.[column] ?? null;
  const column = (index: number): RangeRef => ({
    row: source.row + 1,
    column: index,
    rowCount: bodyRows,
    columnCount: 1,
  });
  const cellsOf = (index: number) =>
    Array.from({ length: bodyRows }, (_, i) => valueAt(source.row + 1 + i, index));
  const series = Array.from({ length: source.columnCount - 1 }, (_, i): ChartSeries => {
    const index = source.column + 1 + i;
    const header = valueAt(source.row, index);
    return {
      nameRef: absoluteRangeFormula(sheetName, {
        row: source.row,
        column: index,
        rowCount: 1,
        columnCount: 1,
      }),
      name: header === null ? "" : String(header),
      valuesRef: absoluteRangeFormula(sheetName, column(index)),
      values: cellsOf(index).map((value) =>
        typeof value === "number" && Number.isFinite(value) ? value : null,
      ),
      color: hexColor(chart.seriesColors?.[i]),
    };
  });
  return {
    categoriesRef: absoluteRangeFormula(sheetName, column(source.column)),
    categories: cellsOf(source.column),
    series,
  };
}

/**
 * A chart part (`xl/charts/chartN.xml`): a native, editable stacked-column or line chart whose series read
 * the sheet's table. The caches hold the current values so viewers draw it before any recalculation.
 * Everything about its look comes from the spec; what the spec leaves out is left to the application.
 */
export function chartXml(chart: ChartSpec, data: ChartData): string {
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>`,
    `<c:chart>`,
    titleXml(chart.title, chart.titleFontSize),
    `<c:autoTitleDeleted val="0"/>`,
    `<c:plotArea><c:layout/>`,
    chart.type === "line" ? lineChartXml(chart, data) : barChartXml(chart, data),
    categoryAxisXml(chart.xAxisTitle, chart.fontSize),
    valueAxisXml(chart.yAxisTitle, chart.fontSize, chart.valueAxis),
    `</c:plotArea>`,
    `<c:legend><c:legendPos val="${LEGEND_POSITIONS[chart.legendPosition ?? "right"]}"/><c:overlay val="0"/></c:legend>`,
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`,
    `</c:chart>`,
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>`,
    chart.fontSize === undefined ? "" : textPropertiesXml(chart.fontSize, false, null),
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>`,
    `</c:chartSpace>`,
  ].join("");
}

const LEGEND_POSITIONS = { bottom: "b", right: "r", top: "t", left: "l" } as const;

/** Stacked columns (c:barChart): each series a colour, labels centred in the segments. */
function barChartXml(chart: ChartSpec, data: ChartData): string {
  const series = data.series.map((item, index) => {
    const fill =
      item.color === null
        ? ""
        : `<c:spPr><a:solidFill><a:srgbClr val="${item.color}"/></a:solidFill></c:spPr>`;
    const look = `${fill}<c:invertIfNegative val="0"/>${labelsOf(chart, index, "ctr")}`;
    return seriesXml(item, index, data, look, "");
  });
  return [
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>`,
    series.join(""),
    // Stacked columns overlap fully; 150 is Excel's default gap.
    `<c:gapWidth val="${Math.round(chart.gapWidth ?? 150)}"/><c:overlap val="100"/>`,
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`,
    `</c:barChart>`,
  ].join("");
}

/** Lines with a circle marker at each point (c:lineChart, Excel's LineMarkers), labels above the points. */
function lineChartXml(chart: ChartSpec, data: ChartData): string {
  const series = data.series.map((item, index) => {
    const fill = item.color === null ? "" : `<a:solidFill><a:srgbClr val="${item.color}"/></a:solidFill>`;
    const look = [
      `<c:spPr><a:ln w="28575" cap="rnd">${fill}<a:round/></a:ln></c:spPr>`,
      `<c:marker><c:symbol val="circle"/><c:size val="7"/>`,
      `<c:spPr>${fill}<a:ln w="9525">${fill}</a:ln></c:spPr></c:marker>`,
      labelsOf(chart, index, "t"),
    ].join("");
    return seriesXml(item, index, data, look, `<c:smooth val="0"/>`);
  });
  return [
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`,
    series.join(""),
    `<c:marker val="1"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`,
    `</c:lineChart>`,
  ].join("");
}

function labelsOf(chart: ChartSpec, index: number, position: "ctr" | "t"): string {
  const labels = chart.dataLabels;
  return labels === undefined ? "" : dataLabelsXml(labels, hexColor(labels.fontColors?.[index]), position);
}

/** One series: its name, its look (the elements the schema puts between c:tx and c:cat), categories and values. */
function seriesXml(series: ChartSeries, index: number, data: ChartData, look: string, tail: string): string {
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    `<c:tx><c:strRef><c:f>${escapeXmlText(series.nameRef)}</c:f>${stringCacheXml([series.name])}</c:strRef></c:tx>`,
    look,
    categoriesXml(data),
    `<c:val><c:numRef><c:f>${escapeXmlText(series.valuesRef)}</c:f>${numberCacheXml(series.values)}</c:numRef></c:val>`,
    tail,
    `</c:ser>`,
  ].join("");
}

function categoriesXml(data: ChartData): string {
  const present = data.categories.filter((category) => category !== null);
  const numeric = present.length > 0 && present.every((category) => typeof category === "number");
  const ref = `<c:f>${escapeXmlText(data.categoriesRef)}</c:f>`;
  if (numeric) {
    const numbers = data.categories.map((category) => (typeof category === "number" ? category : null));
    return `<c:cat><c:numRef>${ref}${numberCacheXml(numbers)}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${ref}${stringCacheXml(data.categories.map((category) => (category === null ? null : String(category))))}</c:strRef></c:cat>`;
}

/** The spec's data labels: the value, centred in its segment or above its point, in the spec's format, size and colour. */
function dataLabelsXml(labels: ChartDataLabels, color: string | null, position: "ctr" | "t"): string {
  return [
    `<c:dLbls><c:numFmt formatCode="${escapeXmlAttribute(labels.numberFormat)}" sourceLinked="0"/>`,
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>`,
    textPropertiesXml(labels.fontSize, labels.bold, color),
    `<c:dLblPos val="${position}"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>`,
    `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`,
  ].join("");
}

function categoryAxisXml(title: string | undefined, fontSize: number | undefined): string {
  return [
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>`,
    `<c:delete val="0"/><c:axPos val="b"/>`,
    title === undefined ? "" : titleXml(title, fontSize),
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>`,
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/>`,
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
  ].join("");
}

function valueAxisXml(
  title: string | undefined,
  fontSize: number | undefined,
  axis: ChartValueAxis | undefined,
): string {
  const numberFormat =
    axis === undefined
      ? `<c:numFmt formatCode="General" sourceLinked="1"/>`
      : `<c:numFmt formatCode="${escapeXmlAttribute(axis.numberFormat)}" sourceLinked="0"/>`;
  return [
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>`,
    `<c:delete val="0"/><c:axPos val="l"/>`,
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`,
    title === undefined ? "" : titleXml(title, fontSize),
    numberFormat,
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/>`,
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/>`,
    `<c:crossBetween val="between"/>`,
    axis === undefined ? "" : `<c:majorUnit val="${axis.majorUnit}"/>`,
    `</c:valAx>`,
  ].join("");
}

/** A bold title; its size in points, or the application's default size when none is given. */
function titleXml(text: string, sizePoints: number | undefined): string {
  const size = sizePoints === undefined ? "" : ` sz="${Math.round(sizePoints * 100)}"`;
  return [
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>`,
    `<a:p><a:pPr><a:defRPr${size} b="1"/></a:pPr><a:r><a:rPr lang="${languageTag(text)}"${size} b="1"/><a:t>${escapeXmlText(text)}</a:t></a:r></a:p>`,
    `</c:rich></c:tx><c:overlay val="0"/></c:title>`,
  ].join("");
}

function textPropertiesXml(sizePoints: number, bold: boolean, color: string | null): string {
  const fill = color === null ? "" : `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  const size = Math.round(sizePoints * 100);
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${fill}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function stringCacheXml(values: readonly (string | null)[]): string {
  const points = values.map((value, i) =>
    value === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXmlText(value)}</c:v></c:pt>`,
  );
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache>`;
}

function numberCacheXml(values: readonly (number | null)[]): string {
  const points = values.map((value, i) =>
    value === null ? "" : `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`,
  );
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache>`;
}

/** The language tag of a run: Chinese text is tagged so that applications pick an East Asian font. */
function languageTag(text: string): string {
  return /[\u3400-\u9FFF\uF900-\uFAFF]/.test(text) ? "zh-CN" : "en-US";
}
