/** Range.format in the in-memory Excel: alignment, wrapping, indent, reading order and row and column sizes. */
import type { XlRangeFormat, XlRangeFormatScalar } from "../../src/excel/excel-api";
import { invalidArgument } from "./errors";
import { type FormatTarget, uniformAcross, updateEach } from "./format-target";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRangeBorderCollection } from "./range-borders";
import { MemoryRangeFill } from "./range-fill";
import { MemoryRangeFont } from "./range-font";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./state";

export class MemoryRangeFormat extends MemoryProxy<FormatTarget> implements XlRangeFormat {
  readonly fill: MemoryRangeFill;
  readonly font: MemoryRangeFont;
  readonly borders: MemoryRangeBorderCollection;

  constructor(queue: ActionQueue, path: string, resolver: () => FormatTarget) {
    super(queue, path, resolver);
    this.fill = new MemoryRangeFill(queue, `${path}.fill`, () => this.target());
    this.font = new MemoryRangeFont(queue, `${path}.font`, () => this.target());
    this.borders = new MemoryRangeBorderCollection(queue, `${path}.borders`, () => this.target());
  }

  protected typeName(): string {
    return "RangeFormat";
  }

  protected override navigation(name: string): MemoryProxy<unknown> | null {
    return name === "fill" ? this.fill : name === "font" ? this.font : null;
  }

  protected readScalar(target: FormatTarget, name: string): unknown {
    switch (name) {
      case "horizontalAlignment":
        return uniformAcross(target, (f) => f.horizontal ?? "General");
      case "verticalAlignment":
        return uniformAcross(target, (f) => f.vertical ?? "Bottom");
      case "wrapText":
        return uniformAcross(target, (f) => f.wrap ?? false);
      case "indentLevel":
        return uniformAcross(target, (f) => f.indent ?? 0);
      case "readingOrder":
        return uniformAcross(target, (f) => f.readingOrder ?? "Context");
      case "columnWidth":
        return uniformSize(target, "column");
      case "rowHeight":
        return uniformSize(target, "row");
      default:
        return unknownProperty("RangeFormat", name);
    }
  }

  get horizontalAlignment(): XlRangeFormat["horizontalAlignment"] {
    return this.loadedValue("horizontalAlignment");
  }
  set horizontalAlignment(value: XlRangeFormat["horizontalAlignment"]) {
    this.enqueueSet("horizontalAlignment", value, (t) =>
      updateEach(t, (f) => ({ ...f, horizontal: String(value) })),
    );
  }

  get verticalAlignment(): XlRangeFormat["verticalAlignment"] {
    return this.loadedValue("verticalAlignment");
  }
  set verticalAlignment(value: XlRangeFormat["verticalAlignment"]) {
    this.enqueueSet("verticalAlignment", value, (t) =>
      updateEach(t, (f) => ({ ...f, vertical: String(value) })),
    );
  }

  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(value: boolean) {
    this.enqueueSet("wrapText", value, (t) => updateEach(t, (f) => ({ ...f, wrap: value })));
  }

  get indentLevel(): number {
    return this.loadedValue("indentLevel");
  }
  set indentLevel(value: number) {
    this.enqueueSet("indentLevel", value, (t) => {
      if (!Number.isInteger(value) || value < 0 || value > 250) throw invalidArgument(`Indent ${value}.`);
      updateEach(t, (f) => ({ ...f, indent: value }));
    });
  }

  get readingOrder(): XlRangeFormat["readingOrder"] {
    return this.loadedValue("readingOrder");
  }
  set readingOrder(value: XlRangeFormat["readingOrder"]) {
    this.enqueueSet("readingOrder", value, (t) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(value))
        throw invalidArgument(`Reading order ${value}.`);
      updateEach(t, (f) =>
        value === "Context" ? { ...f, readingOrder: undefined } : { ...f, readingOrder: value },
      );
    });
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(value: number) {
    this.enqueueSet("columnWidth", value, ({ sheet, boxes }) => {
      if (!(value >= 0)) throw invalidArgument(`Column width ${value}.`);
      for (const box of boxes)
        for (let c = box.column; c < box.column + box.columnCount; c++) sheet.columnWidths.set(c, value);
    });
  }

  get rowHeight(): number {
    return this.loadedValue("rowHeight");
  }
  set rowHeight(value: number) {
    this.enqueueSet("rowHeight", value, ({ sheet, boxes }) => {
      if (!(value >= 0 && value <= 409)) throw invalidArgument(`Row height ${value}.`);
      for (const box of boxes)
        for (let r = box.row; r < box.row + box.rowCount; r++) sheet.rowHeights.set(r, value);
    });
  }

  load(propertyNames: XlRangeFormatScalar[]): MemoryRangeFormat {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

function uniformSize(target: FormatTarget, kind: "row" | "column"): number | null {
  const sizes = new Set<number>();
  for (const box of target.boxes) {
    const [start, count] = kind === "row" ? [box.row, box.rowCount] : [box.column, box.columnCount];
    const map = kind === "row" ? target.sheet.rowHeights : target.sheet.columnWidths;
    const fallback = kind === "row" ? DEFAULT_ROW_HEIGHT : DEFAULT_COLUMN_WIDTH;
    for (let i = start; i < start + Math.min(count, 20_000); i++) sizes.add(map.get(i) ?? fallback);
    if (sizes.size > 1) return null;
  }
  return [...sizes][0] ?? null;
}
