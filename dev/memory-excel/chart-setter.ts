import type { XlChartDataLabels, XlChartFont } from "../../src/excel/excel-api";
import { invalidArgument } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { ChartState } from "./state";

/** A small object whose properties are set (and, after a load, read) through the queue. */
export class Setter<T> extends MemoryProxy<T> {
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

export function fontProxy(setter: Setter<ChartState>): XlChartFont {
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

export function dataLabelsProxy(setter: Setter<ChartState>): XlChartDataLabels {
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
