import type {
  XlChart,
  XlChartAxes,
  XlChartCollection,
  XlChartDataLabels,
  XlChartFont,
  XlChartLegend,
  XlChartSeries,
  XlChartSeriesCollection,
  XlChartTitle,
  XlChartValueAxis,
  XlRange,
  XlTextTitle,
} from "../../src/excel/excel-api";
import { parseBox } from "./address";
import { MemoryCollection } from "./collection";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { dataLabelsProxy, fontProxy, Setter } from "./chart-setter";
import { seriesProxy } from "./chart-series";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRange } from "./range";
import type { ChartState, ChartTitleState, SheetState, WorkbookState } from "./state";

interface ChartTarget {
  readonly sheet: SheetState;
  readonly chart: ChartState;
}

export class MemoryChartCollection
  extends MemoryCollection<SheetState, ChartState, MemoryChart>
  implements XlChartCollection
{
  constructor(
    queue: ActionQueue,
    path: string,
    private readonly state: () => WorkbookState,
    resolver: () => SheetState,
  ) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "ChartCollection";
  }

  protected readScalar(_target: SheetState, name: string): unknown {
    return unknownProperty("ChartCollection", name);
  }

  protected listItems(sheet: SheetState): readonly ChartState[] {
    return sheet.charts;
  }

  protected itemProxy(chart: ChartState, index: number): MemoryChart {
    return new MemoryChart(this.queue, `${this.path}.items[${index}]`, () => ({
      sheet: this.target(),
      chart,
    }));
  }

  add(
    type: XlChart["chartType"],
    sourceData: XlRange,
    seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows",
  ): MemoryChart {
    if (!(sourceData instanceof MemoryRange))
      throw invalidArgument("The chart's source must be a range of the same workbook.");
    let created: ChartTarget | null = null;
    const proxy = new MemoryChart(this.queue, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw itemNotFound("a chart whose add() failed");
      return created;
    });
    this.enqueueCall("add", [type, sourceData.path, seriesBy ?? "Auto"], (sheet) => {
      const source = sourceData.target();
      const state = this.state();
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((chart) => chart.name === `Chart ${n}`)) n++;
      const untitled = (): ChartTitleState => ({ text: "", visible: false });
      const chart: ChartState = {
        id: `{chart-${state.nextId++}}`,
        name: `Chart ${n}`,
        type: String(type),
        source: { sheetId: source.sheet.id, box: source.box },
        seriesBy: String(seriesBy ?? "Auto"),
        title: untitled(),
        categoryAxisTitle: untitled(),
        valueAxisTitle: untitled(),
        legend: { position: "Right", visible: true },
        seriesColors: new Map(),
        position: null,
        settings: new Map(),
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return proxy;
  }

  load(propertyNames: ("items/name" | "items/chartType")[]): MemoryChartCollection {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export class MemoryChart extends MemoryProxy<ChartTarget> implements XlChart {
  readonly title: XlChartTitle;
  readonly axes: XlChartAxes;
  readonly legend: XlChartLegend;
  readonly series: XlChartSeriesCollection;
  readonly dataLabels: XlChartDataLabels;
  readonly format: { readonly font: XlChartFont };

  constructor(queue: ActionQueue, path: string, resolver: () => ChartTarget) {
    super(queue, path, resolver);
    const chart = () => this.target().chart;
    const settings = (prefix: string) => new Setter(queue, `${path}.${prefix}`, chart, "Chart", prefix);
    this.title = titleProxy(queue, `${path}.title`, () => chart().title, {
      font: fontProxy(settings("title.format.font")),
    });
    this.axes = {
      categoryAxis: {
        title: titleProxy(queue, `${path}.axes.categoryAxis.title`, () => chart().categoryAxisTitle),
      },
      valueAxis: valueAxisProxy(queue, `${path}.axes.valueAxis`, chart),
    };
    const legend = new Setter(queue, `${path}.legend`, () => chart().legend, "ChartLegend");
    this.legend = {
      get position(): XlChartLegend["position"] {
        return legend.read("position");
      },
      set position(value: XlChartLegend["position"]) {
        legend.set("position", value, (target) => (target.position = String(value)));
      },
      get visible(): boolean {
        return legend.read("visible");
      },
      set visible(value: boolean) {
        legend.set("visible", value, (target) => (target.visible = value));
      },
    };
    this.dataLabels = dataLabelsProxy(settings("dataLabels"));
    this.format = { font: fontProxy(settings("format.font")) };
    this.series = {
      getItemAt: (index: number): XlChartSeries => seriesProxy(queue, `${path}.series`, chart, index),
    };
  }

  protected typeName(): string {
    return "Chart";
  }

  protected override checkAlive({ sheet, chart }: ChartTarget): void {
    if (sheet.deleted || !sheet.charts.includes(chart)) throw itemNotFound("a deleted chart");
  }

  protected readScalar({ chart }: ChartTarget, name: string): unknown {
    if (name === "name") return chart.name;
    if (name === "chartType") return chart.type;
    return unknownProperty("Chart", name);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.enqueueSet("name", value, ({ chart }) => (chart.name = value));
  }

  get chartType(): XlChart["chartType"] {
    return this.loadedValue("chartType");
  }

  setPosition(startCell: string, endCell?: string): void {
    this.enqueueCall("setPosition", [startCell, endCell ?? null], ({ chart }) => {
      const start = parseBox(startCell);
      const end = endCell === undefined ? start : parseBox(endCell);
      if (end.row < start.row || end.column < start.column)
        throw new MemoryExcelError(
          "InvalidArgument",
          "The chart's end cell is above or left of its start cell.",
        );
      chart.position = { start, end };
    });
  }

  load(propertyNames: ("name" | "chartType")[]): MemoryChart {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

function titleProxy(queue: ActionQueue, path: string, resolver: () => ChartTitleState): XlTextTitle;
function titleProxy(
  queue: ActionQueue,
  path: string,
  resolver: () => ChartTitleState,
  format: XlChartTitle["format"],
): XlChartTitle;
function titleProxy(
  queue: ActionQueue,
  path: string,
  resolver: () => ChartTitleState,
  format?: XlChartTitle["format"],
): XlTextTitle | XlChartTitle {
  const setter = new Setter(queue, path, resolver, "ChartTitle");
  const title: XlTextTitle = {
    get text(): string {
      return setter.read("text");
    },
    set text(value: string) {
      setter.set("text", value, (state) => {
        state.text = value;
        state.visible = value !== "";
      });
    },
    get visible(): boolean {
      return setter.read("visible");
    },
    set visible(value: boolean) {
      setter.set("visible", value, (state) => (state.visible = value));
    },
  };
  return format ? Object.defineProperty(title, "format", { value: format, enumerable: true }) : title;
}

function valueAxisProxy(queue: ActionQueue, path: string, chart: () => ChartState): XlChartValueAxis {
  const setter = new Setter(queue, path, chart, "ChartAxis", "axes.valueAxis");
  return {
    title: titleProxy(queue, `${path}.title`, () => chart().valueAxisTitle),
    get majorUnit(): XlChartValueAxis["majorUnit"] {
      return setter.read("majorUnit");
    },
    set majorUnit(value: XlChartValueAxis["majorUnit"]) {
      setter.record("majorUnit", value, () => {
        if (!(typeof value === "number" && value > 0)) throw invalidArgument(`Major unit ${String(value)}.`);
      });
    },
    get numberFormat(): string {
      return setter.read("numberFormat");
    },
    set numberFormat(value: string) {
      setter.record("numberFormat", value);
    },
  };
}
