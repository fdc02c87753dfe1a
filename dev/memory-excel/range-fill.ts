/** Range.format.fill in the in-memory Excel: one background colour per cell. */
import type { XlRangeFill } from "../../src/excel/excel-api";
import { checkColor, type FormatTarget, uniformAcross, updateEach } from "./format-target";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";

export class MemoryRangeFill extends MemoryProxy<FormatTarget> implements XlRangeFill {
  constructor(queue: ActionQueue, path: string, resolver: () => FormatTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "RangeFill";
  }

  protected readScalar(target: FormatTarget, name: string): unknown {
    if (name === "color") return uniformAcross(target, (f) => f.fill ?? "#FFFFFF");
    return unknownProperty("RangeFill", name);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.enqueueSet("color", value, (t) => {
      const color = checkColor(value);
      updateEach(t, (f) => ({ ...f, fill: color }));
    });
  }

  load(propertyNames: "color"[]): MemoryRangeFill {
    this.enqueueLoad(propertyNames);
    return this;
  }
}
