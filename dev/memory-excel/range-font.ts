/** Range.format.font in the in-memory Excel. */
import type { XlRangeFont, XlRangeFontScalar } from "../../src/excel/excel-api";
import { invalidArgument } from "./errors";
import { checkColor, type FormatTarget, uniformAcross, updateEach } from "./format-target";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";

export class MemoryRangeFont extends MemoryProxy<FormatTarget> implements XlRangeFont {
  constructor(queue: ActionQueue, path: string, resolver: () => FormatTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "RangeFont";
  }

  protected readScalar(target: FormatTarget, name: string): unknown {
    switch (name) {
      case "bold":
        return uniformAcross(target, (f) => f.bold ?? false);
      case "italic":
        return uniformAcross(target, (f) => f.italic ?? false);
      case "size":
        return uniformAcross(target, (f) => f.fontSize ?? 11);
      case "color":
        return uniformAcross(target, (f) => f.fontColor ?? "#000000");
      case "name":
        return uniformAcross(target, (f) => f.fontName ?? "Calibri");
      case "underline":
        return uniformAcross(target, (f) => f.underline ?? "None");
      default:
        return unknownProperty("RangeFont", name);
    }
  }

  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(value: boolean) {
    this.enqueueSet("bold", value, (t) => updateEach(t, (f) => ({ ...f, bold: value })));
  }

  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(value: boolean) {
    this.enqueueSet("italic", value, (t) => updateEach(t, (f) => ({ ...f, italic: value })));
  }

  get size(): number {
    return this.loadedValue("size");
  }
  set size(value: number) {
    this.enqueueSet("size", value, (t) => {
      if (!(value >= 1 && value <= 409)) throw invalidArgument(`Font size ${value}.`);
      updateEach(t, (f) => ({ ...f, fontSize: value }));
    });
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.enqueueSet("color", value, (t) => {
      const color = checkColor(value);
      updateEach(t, (f) => ({ ...f, fontColor: color }));
    });
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.enqueueSet("name", value, (t) => updateEach(t, (f) => ({ ...f, fontName: value })));
  }

  get underline(): XlRangeFont["underline"] {
    return this.loadedValue("underline");
  }
  set underline(value: XlRangeFont["underline"]) {
    this.enqueueSet("underline", value, (t) => updateEach(t, (f) => ({ ...f, underline: String(value) })));
  }

  load(propertyNames: XlRangeFontScalar[]): MemoryRangeFont {
    this.enqueueLoad(propertyNames);
    return this;
  }
}
