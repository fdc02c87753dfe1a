import type {
  XlChart,
  XlChartAxes,
  XlChartCollection,
  XlChartLegend,
  XlChartSeries,
  XlChartSeriesCollection,
  XlRange,
  XlTextTitle,
} from "../excel/excel-api";
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
  readonly title: XlTextTitle;
  readonly axes: XlChartAxes;
  readonly legend: XlChartLegend;
  readonly series: XlChartSeriesCollection;

  constructor(queue: ActionQueue, path: string, resolver: () => ChartTarget) {
    super(queue, path, resolver);
    const chart = () => this.target().chart;
    this.title = titleProxy(queue, `${path}.title`, () => chart().title);
    this.axes = {
      categoryAxis: {
        title: titleProxy(queue, `${path}.axes.categoryAxis.title`, () => chart().categoryAxisTitle),
      },
      valueAxis: { title: titleProxy(queue, `${path}.axes.valueAxis.title`, () => chart().valueAxisTitle) },
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
    this.series = {
      getItemAt: (index: number): XlChartSeries => {
        const fill = new Setter(queue, `${path}.series.getItemAt(${index}).format.fill`, chart, "ChartFill");
        return {
          format: {
            fill: {
              setSolidColor: (color: string) =>
                fill.call("setSolidColor", [color], (target) => {
                  if (!Number.isInteger(index) || index < 0) throw invalidArgument(`Series index ${index}.`);
                  target.seriesColors.set(index, color.toUpperCase());
                }),
            },
          },
        };
      },
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
  ) {
    super(queue, path, resolver);
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
}

function titleProxy(queue: ActionQueue, path: string, resolver: () => ChartTitleState): XlTextTitle {
  const setter = new Setter(queue, path, resolver, "ChartTitle");
  return {
    get text(): string {
      return setter.read("text");
    },
    set text(value: string) {
      setter.set("text", value, (title) => {
        title.text = value;
        title.visible = value !== "";
      });
    },
    get visible(): boolean {
      return setter.read("visible");
    },
    set visible(value: boolean) {
      setter.set("visible", value, (title) => (title.visible = value));
    },
  };
}
