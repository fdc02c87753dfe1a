import type { XlTableColumn, XlTableColumnCollection } from "../../src/excel/excel-api";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { cellAt, cellKey, hasContent, writeValues } from "./sheet-ops";
import type { SheetState, TableState } from "./state";

interface TableTarget {
  readonly sheet: SheetState;
  readonly table: TableState;
}

interface ColumnTarget extends TableTarget {
  /** 0-based column index within the table. */
  readonly index: number;
}

type ColumnValues = Parameters<XlTableColumnCollection["add"]>[1];

/**
 * A table's columns: `add` at the right end only (what the roll-over asks), into a worksheet column that is
 * empty over the table's rows (Excel would insert cells there otherwise, which this model does not do);
 * `delete` of the last column gives those cells back, cleared.
 */
export class MemoryTableColumnCollection extends MemoryProxy<TableTarget> implements XlTableColumnCollection {
  constructor(queue: ActionQueue, path: string, resolver: () => TableTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "TableColumnCollection";
  }

  protected readScalar(_target: TableTarget, name: string): unknown {
    return unknownProperty("TableColumnCollection", name);
  }

  add(index?: number, values?: ColumnValues): MemoryTableColumn {
    let added: ColumnTarget | null = null;
    this.enqueueCall("add", [index ?? null, values ?? null], (target) => {
      const { sheet, table } = target;
      if (index !== undefined && index !== null && index !== table.box.columnCount)
        throw invalidArgument("The in-memory Excel adds table columns at the right end only.");
      const column = table.box.column + table.box.columnCount;
      for (let row = table.box.row; row < table.box.row + table.box.rowCount; row++) {
        const cell = cellAt(sheet, row, column);
        if (cell && hasContent(cell))
          throw new MemoryExcelError(
            "InvalidOperation",
            "The in-memory Excel does not insert cells for a table column.",
          );
      }
      // As Excel: the values cover every row of the table, header and totals row included.
      if (Array.isArray(values) && values.length !== table.box.rowCount)
        throw invalidArgument(
          `A table column's values have ${values.length} rows; the table has ${table.box.rowCount}.`,
        );
      table.box = { ...table.box, columnCount: table.box.columnCount + 1 };
      if (Array.isArray(values))
        writeValues(sheet, { row: table.box.row, column, rowCount: values.length, columnCount: 1 }, values);
      added = { ...target, index: table.box.columnCount - 1 };
    });
    return new MemoryTableColumn(this.queue, `${this.path}.add()`, () => {
      if (!added) throw itemNotFound("a table column whose add() failed");
      return added;
    });
  }

  getItemAt(index: number): MemoryTableColumn {
    return new MemoryTableColumn(this.queue, `${this.path}.getItemAt(${index})`, () => {
      const target = this.target();
      if (index < 0 || index >= target.table.box.columnCount) throw itemNotFound(`table column ${index}`);
      return { ...target, index };
    });
  }
}

export class MemoryTableColumn extends MemoryProxy<ColumnTarget> implements XlTableColumn {
  constructor(queue: ActionQueue, path: string, resolver: () => ColumnTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "TableColumn";
  }

  protected readScalar(_target: ColumnTarget, name: string): unknown {
    return unknownProperty("TableColumn", name);
  }

  delete(): void {
    this.enqueueCall("delete", [], ({ sheet, table, index }) => {
      if (index !== table.box.columnCount - 1)
        throw invalidArgument("The in-memory Excel deletes a table's last column only.");
      const column = table.box.column + index;
      for (let row = table.box.row; row < table.box.row + table.box.rowCount; row++)
        sheet.cells.delete(cellKey(row, column));
      table.box = { ...table.box, columnCount: table.box.columnCount - 1 };
    });
  }
}
