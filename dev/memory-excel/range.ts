import type { XlRange, XlRangeAreas, XlRangeScalar } from "../../src/excel/excel-api";
import { type Box, parseBox, qualifiedAddress, splitSheet } from "./address";
import { requireSheet } from "./sheets";
import { MemoryConditionalFormatCollection } from "./conditional-formats";
import { MemoryExcelError } from "./errors";
import { MemoryClientResult } from "./client-result";
import { MemoryDataValidation } from "./data-validation";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRangeFormat } from "./range-format";
import {
  cellAt,
  forEachCell,
  mergeBox,
  read2D,
  readFormula,
  readValue,
  usedBox,
  writeFormulas,
  writeNumberFormats,
  writeValues,
} from "./sheet-ops";
import type { SheetState, WorkbookState } from "./state";
import { MemoryWorksheet } from "./worksheet";
import { copyFormats, setHyperlink } from "./range-copy";
import { deleteRows, insertRows } from "./row-delete";

export interface RangeTarget {
  readonly state: WorkbookState;
  readonly sheet: SheetState;
  readonly box: Box;
}

/** Excel reads at most five million cells in one request. */
const MAX_READ_CELLS = 5_000_000;

export { MemoryClientResult } from "./client-result";

export class MemoryRange extends MemoryProxy<RangeTarget> implements XlRange {
  #format: MemoryRangeFormat | undefined;
  #conditionalFormats: MemoryConditionalFormatCollection | undefined;
  #worksheet: MemoryWorksheet | undefined;

  constructor(queue: ActionQueue, path: string, resolver: () => RangeTarget | null, nullable = false) {
    super(queue, path, resolver, nullable);
  }

  protected typeName(): string {
    return "Range";
  }

  protected override checkAlive(target: RangeTarget): void {
    if (target.sheet.deleted)
      throw new MemoryExcelError("ItemNotFound", `The range's sheet "${target.sheet.name}" was deleted.`);
  }

  protected readScalar({ sheet, box }: RangeTarget, name: string): unknown {
    const cells = box.rowCount * box.columnCount;
    if (["values", "numberFormat", "formulas"].includes(name) && cells > MAX_READ_CELLS)
      throw new MemoryExcelError(
        "InvalidArgument",
        `A read of ${cells} cells is over Excel's limit of ${MAX_READ_CELLS}.`,
      );
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, box);
      case "values":
        return read2D(sheet, box, readValue);
      case "formulas":
        return read2D(sheet, box, readFormula);
      case "numberFormat":
        return read2D(sheet, box, (cell) => cell?.numberFormat ?? "General");
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.column;
      case "rowCount":
        return box.rowCount;
      case "columnCount":
        return box.columnCount;
      case "hyperlink":
        return { ...(cellAt(sheet, box.row, box.column)?.hyperlink ?? {}) };
      default:
        return unknownProperty("Range", name);
    }
  }

  protected override navigation(name: string): MemoryProxy<unknown> | null {
    return name === "format" ? this.format : name === "worksheet" ? this.worksheet : null;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }

  get values(): XlRange["values"] {
    return this.loadedValue("values");
  }
  set values(input: XlRange["values"]) {
    this.enqueueSet("values", input, ({ sheet, box }) => writeValues(sheet, box, input));
  }

  get formulas(): XlRange["formulas"] {
    return this.loadedValue("formulas");
  }
  set formulas(input: XlRange["formulas"]) {
    this.enqueueSet("formulas", input, ({ sheet, box }) => writeFormulas(sheet, box, input));
  }

  get numberFormat(): XlRange["numberFormat"] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(input: XlRange["numberFormat"]) {
    this.enqueueSet("numberFormat", input, ({ sheet, box }) => writeNumberFormats(sheet, box, input));
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.loadedValue("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.enqueueSet("hyperlink", link, ({ sheet, box }) => setHyperlink(sheet, box, link));
  }

  get format(): MemoryRangeFormat {
    this.#format ??= new MemoryRangeFormat(this.queue, `${this.path}.format`, () => {
      const { sheet, box } = this.target();
      return { sheet, boxes: [box] };
    });
    return this.#format;
  }

  get dataValidation(): MemoryDataValidation {
    return new MemoryDataValidation(this.queue, `${this.path}.dataValidation`, () => this.target());
  }

  get conditionalFormats(): MemoryConditionalFormatCollection {
    this.#conditionalFormats ??= new MemoryConditionalFormatCollection(
      this.queue,
      `${this.path}.conditionalFormats`,
      () => this.target(),
    );
    return this.#conditionalFormats;
  }

  get worksheet(): MemoryWorksheet {
    this.#worksheet ??= new MemoryWorksheet(
      this.queue,
      `${this.path}.worksheet`,
      () => this.target().state,
      () => this.target().sheet,
    );
    return this.#worksheet;
  }

  getIntersectionOrNullObject(anotherRange: string): MemoryRange {
    return new MemoryRange(
      this.queue,
      `${this.path}.getIntersectionOrNullObject(${JSON.stringify(anotherRange)})`,
      () => {
        const target = this.resolve();
        if (target === null) return null;
        const other = parseBox(anotherRange);
        const { box } = target;
        const row = Math.max(box.row, other.row);
        const column = Math.max(box.column, other.column);
        const bottom = Math.min(box.row + box.rowCount, other.row + other.rowCount);
        const right = Math.min(box.column + box.columnCount, other.column + other.columnCount);
        if (bottom <= row || right <= column) return null;
        return { ...target, box: { row, column, rowCount: bottom - row, columnCount: right - column } };
      },
      true,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    return new MemoryRange(
      this.queue,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        const target = this.resolve();
        if (target === null) return null;
        const box = usedBox(target.sheet, valuesOnly === true, target.box);
        return box ? { ...target, box } : null;
      },
      true,
    );
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): MemoryClientResult<Excel.CellProperties[][]> {
    const result = new MemoryClientResult<Excel.CellProperties[][]>();
    this.enqueueCall("getCellProperties", [options], ({ sheet, box }) => {
      const rows = read2D(sheet, box, (): Excel.CellProperties => ({}));
      forEachCell(box, (row, column, i, j) => {
        const props = rows[i]?.[j];
        if (!props) return;
        if (options.address)
          props.address = qualifiedAddress(sheet.name, { row, column, rowCount: 1, columnCount: 1 });
        const link = cellAt(sheet, row, column)?.hyperlink;
        if (options.hyperlink && link) props.hyperlink = { ...link };
      });
      return result.stage(rows);
    });
    return result;
  }

  /** Only "Formats" (cell formats and number formats) is modelled: what the roll-over's archive uses. */
  copyFrom(sourceRange: string, copyType: Excel.RangeCopyType | "Formats"): void {
    this.enqueueCall("copyFrom", [sourceRange, copyType], ({ state, sheet, box }) => {
      const { sheet: name, local } = splitSheet(sourceRange);
      const source = name === null ? sheet : requireSheet(state, name);
      copyFormats({ sheet: source, box: parseBox(local) }, { sheet, box }, copyType);
    });
  }

  /** Entire rows only (see row-delete.ts). */
  delete(shift: "Up"): void {
    this.enqueueCall("delete", [shift], ({ state, sheet, box }) => deleteRows(state, sheet, box));
  }

  insert(shift: "Down"): MemoryRange {
    this.enqueueCall("insert", [shift], ({ state, sheet, box }) => insertRows(state, sheet, box));
    return this;
  }

  merge(across?: boolean): void {
    this.enqueueCall("merge", [across ?? false], ({ sheet, box }) => mergeBox(sheet, box, across === true));
  }

  select(): void {
    this.enqueueCall("select", [], ({ state, sheet, box }) => {
      if (sheet.visibility !== "Visible")
        throw new MemoryExcelError(
          "InvalidOperation",
          `Sheet "${sheet.name}" is hidden; its cells cannot be selected.`,
        );
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, box };
    });
  }

  load(propertyNames: XlRangeScalar[]): MemoryRange {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export interface AreasTarget {
  readonly state: WorkbookState;
  readonly sheet: SheetState;
  readonly boxes: readonly Box[];
}

export class MemoryRangeAreas extends MemoryProxy<AreasTarget> implements XlRangeAreas {
  #format: MemoryRangeFormat | undefined;

  constructor(queue: ActionQueue, path: string, resolver: () => AreasTarget | null) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "RangeAreas";
  }

  protected readScalar(_target: AreasTarget, name: string): unknown {
    return unknownProperty("RangeAreas", name);
  }

  get format(): MemoryRangeFormat {
    this.#format ??= new MemoryRangeFormat(this.queue, `${this.path}.format`, () => {
      const { sheet, boxes } = this.target();
      return { sheet, boxes };
    });
    return this.#format;
  }
}
