import type {
  XlApplication,
  XlEventSource,
  XlWorkbook,
  XlWorksheetCollection,
  XlWorksheetScalar,
} from "../../src/excel/excel-api";
import { MemoryCollection } from "./collection";
import { changedEventSource } from "./events";
import { itemNotFound } from "./errors";
import { MemoryNamedItemCollection } from "./names";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRange } from "./range";
import { defaultSheetName, findSheet, liveSheets, newSheet, sheetById } from "./sheets";
import type { SheetState, WorkbookState } from "./state";
import { MemoryTableCollection } from "./tables";
import { MemoryWorksheet } from "./worksheet";

export class MemoryWorkbook extends MemoryProxy<WorkbookState> implements XlWorkbook {
  readonly worksheets: MemoryWorksheetCollection;
  readonly tables: MemoryTableCollection;
  readonly names: MemoryNamedItemCollection;

  constructor(
    queue: ActionQueue,
    state: () => WorkbookState,
    readonly application: XlApplication,
  ) {
    super(queue, "workbook", state);
    this.worksheets = new MemoryWorksheetCollection(queue, state);
    this.tables = new MemoryTableCollection(queue, "workbook.tables", state, null);
    this.names = new MemoryNamedItemCollection(queue, state);
  }

  protected typeName(): string {
    return "Workbook";
  }

  protected readScalar(_target: WorkbookState, name: string): unknown {
    return unknownProperty("Workbook", name);
  }

  getSelectedRange(): MemoryRange {
    return new MemoryRange(this.queue, `${this.path}.getSelectedRange()`, () => {
      const state = this.target();
      const selection = state.selection;
      const sheet = selection ? sheetById(state, selection.sheetId) : undefined;
      if (!selection || !sheet) throw itemNotFound("a selection");
      return { state, sheet, box: selection.box };
    });
  }
}

export class MemoryWorksheetCollection
  extends MemoryCollection<WorkbookState, SheetState, MemoryWorksheet>
  implements XlWorksheetCollection
{
  constructor(
    queue: ActionQueue,
    private readonly state: () => WorkbookState,
  ) {
    super(queue, "workbook.worksheets", state);
  }

  protected typeName(): string {
    return "WorksheetCollection";
  }

  protected readScalar(_target: WorkbookState, name: string): unknown {
    return unknownProperty("WorksheetCollection", name);
  }

  protected listItems(target: WorkbookState): readonly SheetState[] {
    return liveSheets(target);
  }

  protected itemProxy(sheet: SheetState, index: number): MemoryWorksheet {
    return new MemoryWorksheet(this.queue, `${this.path}.items[${index}]`, this.state, () => sheet);
  }

  add(name?: string): MemoryWorksheet {
    let created: SheetState | null = null;
    const sheet = new MemoryWorksheet(
      this.queue,
      `${this.path}.add(${JSON.stringify(name ?? "")})`,
      this.state,
      () => {
        if (!created) throw itemNotFound("a sheet whose add() failed");
        return created;
      },
    );
    this.enqueueCall("add", [name ?? null], (state) => {
      created = newSheet(state, name ?? defaultSheetName(state));
    });
    return sheet;
  }

  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.queue, `${this.path}.getItem(${JSON.stringify(key)})`, this.state, () => {
      const sheet = findSheet(this.target(), key);
      if (!sheet) throw itemNotFound(`worksheet "${key}"`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): MemoryWorksheet {
    return new MemoryWorksheet(
      this.queue,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      this.state,
      () => findSheet(this.target(), key) ?? null,
      true,
    );
  }

  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.queue, `${this.path}.getActiveWorksheet()`, this.state, () => {
      const state = this.target();
      const sheet = state.activeSheetId === null ? undefined : sheetById(state, state.activeSheetId);
      if (!sheet) throw itemNotFound("an active worksheet");
      return sheet;
    });
  }

  get onChanged(): XlEventSource<Excel.WorksheetChangedEventArgs> {
    return changedEventSource(this.queue, this.path, this.state);
  }

  getFirst(visibleOnly?: boolean): MemoryWorksheet {
    return new MemoryWorksheet(
      this.queue,
      `${this.path}.getFirst(${visibleOnly === true})`,
      this.state,
      () => {
        const first = liveSheets(this.target()).find(
          (sheet) => !visibleOnly || sheet.visibility === "Visible",
        );
        if (!first) throw itemNotFound("a first worksheet");
        return first;
      },
    );
  }

  load(propertyNames: `items/${XlWorksheetScalar}`[]): MemoryWorksheetCollection {
    this.enqueueLoad(propertyNames);
    return this;
  }
}
