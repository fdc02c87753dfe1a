import type {
  XlRangeBorder,
  XlRangeBorderCollection,
  XlRangeFill,
  XlRangeFont,
  XlRangeFontScalar,
  XlRangeFormat,
  XlRangeFormatScalar,
} from "../../src/excel/excel-api";
import type { Box } from "./address";
import { invalidArgument } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { uniformFormat, updateFormats } from "./sheet-ops";
import {
  type BorderState,
  type CellFormat,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetState,
} from "./state";

/** The cells a format object acts on: one box for a Range, several for RangeAreas. */
export interface FormatTarget {
  readonly sheet: SheetState;
  readonly boxes: readonly Box[];
}

function uniformAcross<T>(target: FormatTarget, read: (format: CellFormat) => T): T | null {
  const values = target.boxes.map((box) => uniformFormat(target.sheet, box, read));
  return values.every((value) => value === values[0]) ? (values[0] ?? null) : null;
}

function update(target: FormatTarget, change: (format: CellFormat) => CellFormat): void {
  for (const box of target.boxes) updateFormats(target.sheet, box, change);
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

function checkColor(color: string): string {
  if (!COLOR.test(color)) throw invalidArgument(`"${color}" is not a color; use "#RRGGBB".`);
  return color.toUpperCase();
}

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
      update(t, (f) => ({ ...f, horizontal: String(value) })),
    );
  }

  get verticalAlignment(): XlRangeFormat["verticalAlignment"] {
    return this.loadedValue("verticalAlignment");
  }
  set verticalAlignment(value: XlRangeFormat["verticalAlignment"]) {
    this.enqueueSet("verticalAlignment", value, (t) => update(t, (f) => ({ ...f, vertical: String(value) })));
  }

  get wrapText(): boolean {
    return this.loadedValue("wrapText");
  }
  set wrapText(value: boolean) {
    this.enqueueSet("wrapText", value, (t) => update(t, (f) => ({ ...f, wrap: value })));
  }

  get indentLevel(): number {
    return this.loadedValue("indentLevel");
  }
  set indentLevel(value: number) {
    this.enqueueSet("indentLevel", value, (t) => {
      if (!Number.isInteger(value) || value < 0 || value > 250) throw invalidArgument(`Indent ${value}.`);
      update(t, (f) => ({ ...f, indent: value }));
    });
  }

  get readingOrder(): XlRangeFormat["readingOrder"] {
    return this.loadedValue("readingOrder");
  }
  set readingOrder(value: XlRangeFormat["readingOrder"]) {
    this.enqueueSet("readingOrder", value, (t) => {
      if (!["Context", "LeftToRight", "RightToLeft"].includes(value))
        throw invalidArgument(`Reading order ${value}.`);
      update(t, (f) =>
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
      update(t, (f) => ({ ...f, fill: color }));
    });
  }

  load(propertyNames: "color"[]): MemoryRangeFill {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

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
    this.enqueueSet("bold", value, (t) => update(t, (f) => ({ ...f, bold: value })));
  }

  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(value: boolean) {
    this.enqueueSet("italic", value, (t) => update(t, (f) => ({ ...f, italic: value })));
  }

  get size(): number {
    return this.loadedValue("size");
  }
  set size(value: number) {
    this.enqueueSet("size", value, (t) => {
      if (!(value >= 1 && value <= 409)) throw invalidArgument(`Font size ${value}.`);
      update(t, (f) => ({ ...f, fontSize: value }));
    });
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.enqueueSet("color", value, (t) => {
      const color = checkColor(value);
      update(t, (f) => ({ ...f, fontColor: color }));
    });
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.enqueueSet("name", value, (t) => update(t, (f) => ({ ...f, fontName: value })));
  }

  get underline(): XlRangeFont["underline"] {
    return this.loadedValue("underline");
  }
  set underline(value: XlRangeFont["underline"]) {
    this.enqueueSet("underline", value, (t) => update(t, (f) => ({ ...f, underline: String(value) })));
  }

  load(propertyNames: XlRangeFontScalar[]): MemoryRangeFont {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

type Side = "borderTop" | "borderBottom" | "borderLeft" | "borderRight";

/** Which cells of a box, and which of their sides, a border index paints. */
function sidesOf(index: string, box: Box): { readonly box: Box; readonly side: Side }[] {
  const lastRow = { ...box, row: box.row + box.rowCount - 1, rowCount: 1 };
  const lastColumn = { ...box, column: box.column + box.columnCount - 1, columnCount: 1 };
  switch (index) {
    case "EdgeTop":
      return [{ box: { ...box, rowCount: 1 }, side: "borderTop" }];
    case "EdgeBottom":
      return [{ box: lastRow, side: "borderBottom" }];
    case "EdgeLeft":
      return [{ box: { ...box, columnCount: 1 }, side: "borderLeft" }];
    case "EdgeRight":
      return [{ box: lastColumn, side: "borderRight" }];
    case "InsideHorizontal":
      return box.rowCount < 2
        ? []
        : [
            { box: { ...box, rowCount: box.rowCount - 1 }, side: "borderBottom" },
            { box: { ...box, row: box.row + 1, rowCount: box.rowCount - 1 }, side: "borderTop" },
          ];
    case "InsideVertical":
      return box.columnCount < 2
        ? []
        : [
            { box: { ...box, columnCount: box.columnCount - 1 }, side: "borderRight" },
            { box: { ...box, column: box.column + 1, columnCount: box.columnCount - 1 }, side: "borderLeft" },
          ];
    case "DiagonalDown":
    case "DiagonalUp":
      return [];
    default:
      throw invalidArgument(`Border index "${index}".`);
  }
}

export class MemoryRangeBorderCollection
  extends MemoryProxy<FormatTarget>
  implements XlRangeBorderCollection
{
  constructor(queue: ActionQueue, path: string, resolver: () => FormatTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "RangeBorderCollection";
  }

  protected readScalar(_target: FormatTarget, name: string): unknown {
    return unknownProperty("RangeBorderCollection", name);
  }

  getItem(index: Excel.RangeBorder["sideIndex"]): MemoryRangeBorder {
    return new MemoryRangeBorder(
      this.queue,
      `${this.path}.getItem(${JSON.stringify(index)})`,
      String(index),
      () => this.target(),
    );
  }
}

export class MemoryRangeBorder extends MemoryProxy<FormatTarget> implements XlRangeBorder {
  constructor(
    queue: ActionQueue,
    path: string,
    private readonly index: string,
    resolver: () => FormatTarget,
  ) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "RangeBorder";
  }

  protected readScalar(_target: FormatTarget, name: string): unknown {
    return unknownProperty("RangeBorder", name);
  }

  private paint(target: FormatTarget, change: Partial<BorderState>): void {
    for (const box of target.boxes)
      for (const { box: cells, side } of sidesOf(this.index, box))
        updateFormats(target.sheet, cells, (f) => {
          const current = f[side] ?? { style: "Continuous", weight: "Thin", color: "#000000" };
          const next = { ...current, ...change };
          const copy: Record<string, unknown> = { ...f };
          if (next.style === "None") delete copy[side];
          else copy[side] = next;
          return copy as CellFormat;
        });
  }

  get style(): XlRangeBorder["style"] {
    return this.loadedValue("style");
  }
  set style(value: XlRangeBorder["style"]) {
    this.enqueueSet("style", value, (t) => this.paint(t, { style: String(value) }));
  }

  get weight(): XlRangeBorder["weight"] {
    return this.loadedValue("weight");
  }
  set weight(value: XlRangeBorder["weight"]) {
    this.enqueueSet("weight", value, (t) => this.paint(t, { weight: String(value) }));
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(value: string) {
    this.enqueueSet("color", value, (t) => this.paint(t, { color: checkColor(value) }));
  }
}
