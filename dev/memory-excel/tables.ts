import type { XlTable, XlTableCollection, XlTablePath } from "../../src/excel/excel-api";
import { intersects, parseBox, splitSheet } from "./address";
import { MemoryCollection } from "./collection";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { MemoryRange } from "./range";
import { liveSheets, requireSheet, sameName } from "./sheets";
import type { SheetState, TableState, WorkbookState } from "./state";
import { MemoryTableColumnCollection } from "./table-columns";
import { MemoryWorksheet } from "./worksheet";

interface TableTarget {
  readonly sheet: SheetState;
  readonly table: TableState;
}

/** The tables of a workbook (`workbook.tables`) or of one sheet (`worksheet.tables`). */
export class MemoryTableCollection
  extends MemoryCollection<WorkbookState, TableTarget, MemoryTable>
  implements XlTableCollection
{
  constructor(
    queue: ActionQueue,
    path: string,
    private readonly state: () => WorkbookState,
    private readonly sheet: (() => SheetState) | null,
  ) {
    super(queue, path, state);
  }

  protected typeName(): string {
    return "TableCollection";
  }

  protected readScalar(_target: WorkbookState, name: string): unknown {
    return unknownProperty("TableCollection", name);
  }

  protected listItems(state: WorkbookState): readonly TableTarget[] {
    const sheets = this.sheet ? [this.sheet()] : liveSheets(state);
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  protected itemProxy(item: TableTarget, index: number): MemoryTable {
    return new MemoryTable(this.queue, `${this.path}.items[${index}]`, this.state, () => item);
  }

  add(address: string, hasHeaders: boolean): MemoryTable {
    let created: TableTarget | null = null;
    const proxy = new MemoryTable(
      this.queue,
      `${this.path}.add(${JSON.stringify(address)})`,
      this.state,
      () => {
        if (!created) throw itemNotFound("a table whose add() failed");
        return created;
      },
    );
    this.enqueueCall("add", [address, hasHeaders], (state) => {
      const { sheet: sheetName } = splitSheet(address);
      const sheet = this.sheet ? this.sheet() : sheetName ? requireSheet(state, sheetName) : null;
      if (!sheet) throw invalidArgument(`Give the sheet in the table's address: "${address}".`);
      const box = parseBox(address);
      if (sheet.tables.some((table) => intersects(table.box, box)))
        throw new MemoryExcelError("InvalidOperation", "A table can't overlap another table.");
      const names = liveSheets(state).flatMap((s) => s.tables.map((t) => t.name));
      let n = names.length + 1;
      while (names.some((name) => sameName(name, `Table${n}`))) n++;
      const table: TableState = {
        id: `${state.nextId++}`,
        name: `Table${n}`,
        box,
        showHeaders: hasHeaders,
        showTotals: false,
      };
      sheet.tables.push(table);
      created = { sheet, table };
    });
    return proxy;
  }

  getItem(key: string): MemoryTable {
    return new MemoryTable(this.queue, `${this.path}.getItem(${JSON.stringify(key)})`, this.state, () => {
      const found = this.listItems(this.target()).find((item) => sameName(item.table.name, key));
      if (!found) throw itemNotFound(`table "${key}"`);
      return found;
    });
  }

  load(propertyNames: XlTablePath[]): MemoryTableCollection {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export class MemoryTable extends MemoryProxy<TableTarget> implements XlTable {
  #worksheet: MemoryWorksheet | undefined;
  #columns: MemoryTableColumnCollection | undefined;

  constructor(
    queue: ActionQueue,
    path: string,
    private readonly state: () => WorkbookState,
    resolver: () => TableTarget,
  ) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "Table";
  }

  protected override checkAlive({ sheet, table }: TableTarget): void {
    if (sheet.deleted || !sheet.tables.includes(table)) throw itemNotFound("a deleted table");
  }

  protected readScalar({ table }: TableTarget, name: string): unknown {
    switch (name) {
      case "name":
        return table.name;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      default:
        return unknownProperty("Table", name);
    }
  }

  protected override navigation(name: string): MemoryProxy<unknown> | null {
    return name === "worksheet" ? this.worksheet : null;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(value: string) {
    this.enqueueSet("name", value, ({ table }) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(value))
        throw invalidArgument(`"${value}" is not a valid table name.`);
      table.name = value;
    });
  }

  get style(): string {
    return this.loadedValue("style");
  }
  set style(value: string) {
    this.enqueueSet("style", value, ({ table }) => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(value))
        throw invalidArgument(`"${value}" is not a built-in table style.`);
      table.style = value;
    });
  }

  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  set showHeaders(value: boolean) {
    this.enqueueSet("showHeaders", value, ({ table }) => (table.showHeaders = value));
  }

  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }
  set showTotals(value: boolean) {
    this.enqueueSet("showTotals", value, ({ table }) => {
      if (value === table.showTotals) return;
      // Excel adds the totals row below the data, or removes it.
      table.box = { ...table.box, rowCount: table.box.rowCount + (value ? 1 : -1) };
      table.showTotals = value;
    });
  }

  get worksheet(): MemoryWorksheet {
    this.#worksheet ??= new MemoryWorksheet(
      this.queue,
      `${this.path}.worksheet`,
      this.state,
      () => this.target().sheet,
    );
    return this.#worksheet;
  }

  get columns(): MemoryTableColumnCollection {
    this.#columns ??= new MemoryTableColumnCollection(this.queue, `${this.path}.columns`, () =>
      this.target(),
    );
    return this.#columns;
  }

  getRange(): MemoryRange {
    return new MemoryRange(this.queue, `${this.path}.getRange()`, () => {
      const { sheet, table } = this.target();
      return { state: this.state(), sheet, box: table.box };
    });
  }

  load(propertyNames: ("name" | "showHeaders" | "showTotals")[]): MemoryTable {
    this.enqueueLoad(propertyNames);
    return this;
  }
}
