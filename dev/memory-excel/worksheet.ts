import type { XlWorksheet, XlWorksheetScalar } from "../../src/excel/excel-api";
import { type Box, parseAreas, parseBox, MAX_COLUMNS, MAX_ROWS } from "./address";
import { MemoryChartCollection } from "./charts";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { MemoryFreezePanes, MemoryPageBreakCollection, MemoryPageLayout } from "./page-layout";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRange, MemoryRangeAreas } from "./range";
import { usedBox } from "./sheet-ops";
import { checkSheetName, findSheet, liveSheets, rewriteSheetReferences } from "./sheets";
import type { SheetState, WorkbookState } from "./state";
import { MemoryNamedItemCollection } from "./names";
import { MemoryTableCollection } from "./tables";

/** Excel rejects long multi-area addresses (reported failures start near 8,200 characters). */
export const MAX_AREAS_ADDRESS_LENGTH = 8_192;

export class MemoryWorksheet extends MemoryProxy<SheetState> implements XlWorksheet {
  #charts: MemoryChartCollection | undefined;
  #freezePanes: MemoryFreezePanes | undefined;
  #pageLayout: MemoryPageLayout | undefined;
  #pageBreaks: MemoryPageBreakCollection | undefined;
  #tables: MemoryTableCollection | undefined;
  #names: MemoryNamedItemCollection | undefined;

  constructor(
    queue: ActionQueue,
    path: string,
    private readonly state: () => WorkbookState,
    resolver: () => SheetState | null,
    nullable = false,
  ) {
    super(queue, path, resolver, nullable);
  }

  protected typeName(): string {
    return "Worksheet";
  }

  protected override checkAlive(sheet: SheetState): void {
    if (sheet.deleted) throw itemNotFound(`worksheet "${sheet.name}" (deleted)`);
  }

  protected readScalar(sheet: SheetState, name: string): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "position":
        return liveSheets(this.state()).indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "showGridlines":
        return sheet.showGridlines;
      case "id":
        return String(sheet.id);
      default:
        return unknownProperty("Worksheet", name);
    }
  }

  get id(): string {
    return this.loadedValue("id");
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.enqueueSet("name", value, (sheet) => {
      checkSheetName(value);
      const state = this.state();
      const other = findSheet(state, value);
      if (other && other !== sheet)
        throw new MemoryExcelError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      const old = sheet.name;
      sheet.name = value;
      rewriteSheetReferences(state, old, value);
    });
  }

  get position(): number {
    return this.loadedValue("position");
  }
  set position(value: number) {
    this.enqueueSet("position", value, (sheet) => {
      const state = this.state();
      const live = liveSheets(state);
      if (!Number.isInteger(value) || value < 0 || value >= live.length)
        throw invalidArgument(`Position ${value} is outside 0..${live.length - 1}.`);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      const after = live.filter((s) => s !== sheet)[value];
      state.sheets.splice(after ? state.sheets.indexOf(after) : state.sheets.length, 0, sheet);
    });
  }

  get visibility(): XlWorksheet["visibility"] {
    return this.loadedValue("visibility");
  }
  set visibility(value: XlWorksheet["visibility"]) {
    this.enqueueSet("visibility", value, (sheet) => {
      const next = String(value);
      if (!["Visible", "Hidden", "VeryHidden"].includes(next)) throw invalidArgument(`Visibility "${next}".`);
      const state = this.state();
      if (next !== "Visible" && sheet.visibility === "Visible") {
        const visible = liveSheets(state).filter((s) => s.visibility === "Visible");
        if (visible.length <= 1)
          throw new MemoryExcelError(
            "InvalidOperation",
            "A workbook must contain at least one visible worksheet.",
          );
        if (state.activeSheetId === sheet.id) activateNeighbour(state, sheet);
      }
      sheet.visibility = next;
    });
  }

  get showGridlines(): boolean {
    return this.loadedValue("showGridlines");
  }
  set showGridlines(value: boolean) {
    this.enqueueSet("showGridlines", value, (sheet) => (sheet.showGridlines = value));
  }

  get charts(): MemoryChartCollection {
    this.#charts ??= new MemoryChartCollection(this.queue, `${this.path}.charts`, this.state, () =>
      this.target(),
    );
    return this.#charts;
  }

  get freezePanes(): MemoryFreezePanes {
    this.#freezePanes ??= new MemoryFreezePanes(this.queue, `${this.path}.freezePanes`, () => this.target());
    return this.#freezePanes;
  }

  get horizontalPageBreaks(): MemoryPageBreakCollection {
    this.#pageBreaks ??= new MemoryPageBreakCollection(this.queue, `${this.path}.horizontalPageBreaks`, () =>
      this.target(),
    );
    return this.#pageBreaks;
  }

  get pageLayout(): MemoryPageLayout {
    this.#pageLayout ??= new MemoryPageLayout(this.queue, `${this.path}.pageLayout`, () => this.target());
    return this.#pageLayout;
  }

  get names(): MemoryNamedItemCollection {
    this.#names ??= new MemoryNamedItemCollection(this.queue, this.state, `${this.path}.names`, () =>
      this.target(),
    );
    return this.#names;
  }

  get tables(): MemoryTableCollection {
    this.#tables ??= new MemoryTableCollection(this.queue, `${this.path}.tables`, this.state, () =>
      this.target(),
    );
    return this.#tables;
  }

  activate(): void {
    this.enqueueCall("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new MemoryExcelError(
          "InvalidOperation",
          `Sheet "${sheet.name}" is hidden and cannot be activated.`,
        );
      this.state().activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.enqueueCall("delete", [], (sheet) => {
      const state = this.state();
      const visible = liveSheets(state).filter((s) => s.visibility === "Visible");
      if (sheet.visibility === "Visible" && visible.length <= 1)
        throw new MemoryExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      if (state.activeSheetId === sheet.id) activateNeighbour(state, sheet);
      if (state.selection?.sheetId === sheet.id) state.selection = null;
      sheet.deleted = true;
      // The sheet's own names go with it; names elsewhere that refer to it read #REF!.
      const names = state.names.filter((name) => name.scopeSheetId !== sheet.id);
      state.names.splice(0, state.names.length, ...names);
      rewriteSheetReferences(state, sheet.name, null);
    });
  }

  private range(path: string, box: () => Box): MemoryRange {
    return new MemoryRange(this.queue, `${this.path}.${path}`, () => ({
      state: this.state(),
      sheet: this.target(),
      box: box(),
    }));
  }

  getCell(row: number, column: number): MemoryRange {
    return this.range(`getCell(${row},${column})`, () => checkedBox(row, column, 1, 1));
  }

  getRange(address?: string): MemoryRange {
    return this.range(`getRange(${JSON.stringify(address ?? "")})`, () =>
      address === undefined || address === ""
        ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }
        : parseBox(address),
    );
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): MemoryRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () =>
      checkedBox(startRow, startColumn, rowCount, columnCount),
    );
  }

  getRanges(address?: string): MemoryRangeAreas {
    const text = address ?? "";
    return new MemoryRangeAreas(this.queue, `${this.path}.getRanges(${JSON.stringify(text)})`, () => {
      if (text.length > MAX_AREAS_ADDRESS_LENGTH)
        throw invalidArgument(`A multi-area address of ${text.length} characters is too long.`);
      return { state: this.state(), sheet: this.target(), boxes: parseAreas(text) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): MemoryRange {
    return new MemoryRange(
      this.queue,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        const sheet = this.target();
        const box = usedBox(sheet, valuesOnly === true);
        return box ? { state: this.state(), sheet, box } : null;
      },
      true,
    );
  }

  load(propertyNames: XlWorksheetScalar[]): MemoryWorksheet {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

function checkedBox(row: number, column: number, rowCount: number, columnCount: number): Box {
  const ok =
    [row, column, rowCount, columnCount].every(Number.isInteger) &&
    row >= 0 &&
    column >= 0 &&
    rowCount >= 1 &&
    columnCount >= 1 &&
    row + rowCount <= MAX_ROWS &&
    column + columnCount <= MAX_COLUMNS;
  if (!ok)
    throw invalidArgument(`Cells (${row}, ${column}) x (${rowCount}, ${columnCount}) are off the grid.`);
  return { row, column, rowCount, columnCount };
}

function activateNeighbour(state: WorkbookState, leaving: SheetState): void {
  const visible = liveSheets(state).filter((s) => s.visibility === "Visible" && s !== leaving);
  const index = liveSheets(state).indexOf(leaving);
  const next = visible.find((s) => liveSheets(state).indexOf(s) > index) ?? visible[visible.length - 1];
  state.activeSheetId = next ? next.id : null;
}
