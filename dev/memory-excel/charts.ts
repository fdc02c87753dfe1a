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

/** A small object whose properties are set (and, after a load, read) through the queue. */
class Setter<T> extends MemoryProxy<T> {
  constructor(
    queue: ActionQueue,
    path: string,
    resolver: () => T,
    private readonly type: string,
    /** For chart settings: the key prefix under which `record` stores values in `chart.settings`. */
    private readonly prefix = "",
  ) {
    super(queue, path, resolver);
  }

  /** Sets a property recorded in the chart's settings map (this setter resolves to the chart). */
  record(property: string, value: unknown, check?: () => void): void {
    this.enqueueSet(property, value, (target) => {
      check?.();
      (target as unknown as ChartState).settings.set(`${this.prefix}.${property}`, value);
    });
  }

  protected typeName(): string {
    return this.type;
  }

  protected readScalar(_target: T, name: string): unknown {
    return unknownProperty(this.type, name);
  }

  set(property: string, value: unknown, apply: (target: T) => void): void {
    this.enqueueSet(property, value, apply);
  }

  call(method: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.enqueueCall(method, args, apply);
  }

  read<V>(property: string): V {
    return this.loadedValue(property);
  }

  queueOf(): ActionQueue {
    return this.queue;
  }

  prefixOf(): string {
    return this.prefix;
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

function fontProxy(setter: Setter<ChartState>): XlChartFont {
  return {
    get size(): number {
      return setter.read("size");
    },
    set size(value: number) {
      setter.record("size", value, () => {
        if (!(value >= 1 && value <= 409)) throw invalidArgument(`Font size ${value}.`);
      });
    },
    get bold(): boolean {
      return setter.read("bold");
    },
    set bold(value: boolean) {
      setter.record("bold", value);
    },
    get color(): string {
      return setter.read("color");
    },
    set color(value: string) {
      setter.record("color", value);
    },
  };
}

function dataLabelsProxy(setter: Setter<ChartState>): XlChartDataLabels {
  const font = fontProxy(
    new Setter(
      setter.queueOf(),
      `${setter.path}.format.font`,
      () => setter.target(),
      "ChartFont",
      `${setter.prefixOf()}.format.font`,
    ),
  );
  return {
    get showValue(): boolean {
      return setter.read("showValue");
    },
    set showValue(value: boolean) {
      setter.record("showValue", value);
    },
    get position(): XlChartDataLabels["position"] {
      return setter.read("position");
    },
    set position(value: XlChartDataLabels["position"]) {
      setter.record("position", String(value));
    },
    get numberFormat(): string {
      return setter.read("numberFormat");
    },
    set numberFormat(value: string) {
      setter.record("numberFormat", value);
    },
    format: { font },
  };
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

function seriesProxy(
  queue: ActionQueue,
  path: string,
  chart: () => ChartState,
  index: number,
): XlChartSeries {
  const own = `${path}.getItemAt(${index})`;
  const prefix = `series[${index}]`;
  const check = () => {
    if (!Number.isInteger(index) || index < 0) throw invalidArgument(`Series index ${index}.`);
    const { source, seriesBy } = chart();
    const count = seriesBy === "Rows" ? source.box.rowCount - 1 : source.box.columnCount - 1;
    if (index >= count) throw invalidArgument(`The chart has ${count} series; there is no series ${index}.`);
  };
  const setter = new Setter(queue, own, chart, "ChartSeries", prefix);
  const fill = new Setter(queue, `${own}.format.fill`, chart, "ChartFill", `${prefix}.format.fill`);
  return {
    format: {
      fill: {
        setSolidColor: (color: string) =>
          fill.call("setSolidColor", [color], (target) => {
            check();
            target.seriesColors.set(index, color.toUpperCase());
          }),
      },
    },
    get gapWidth(): number {
      return setter.read("gapWidth");
    },
    set gapWidth(value: number) {
      setter.record("gapWidth", value, () => {
        check();
        if (!(value >= 0 && value <= 500)) throw invalidArgument(`Gap width ${value}.`);
      });
    },
    get hasDataLabels(): boolean {
      return setter.read("hasDataLabels");
    },
    set hasDataLabels(value: boolean) {
      setter.record("hasDataLabels", value, check);
    },
    dataLabels: dataLabelsProxy(
      new Setter(queue, `${own}.dataLabels`, chart, "ChartDataLabels", `${prefix}.dataLabels`),
    ),
  };
}
