/** Range.format.borders: each border index paints one side of some of the range's cells. */
import type { XlRangeBorder, XlRangeBorderCollection } from "../../src/excel/excel-api";
import type { Box } from "./address";
import { invalidArgument } from "./errors";
import { checkColor, type FormatTarget } from "./format-target";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { updateFormats } from "./sheet-ops";
import type { BorderState, CellFormat } from "./state";

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
