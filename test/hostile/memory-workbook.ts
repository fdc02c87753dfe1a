import { columnLetters } from "../../src/core/parse";
import {
  createMemoryExcel,
  type InitCell,
  type MemoryExcel,
  type MemorySheetInit,
  type MemoryWorkbookInit,
} from "../../dev/memory-excel";
import type { SheetSpec, SpecCell, WorkbookSpec } from "./workbook-spec";

/**
 * The same workbook description as an in-memory Excel workbook. A formula keeps its text and last value;
 * a formula whose last value is an error becomes the error (the in-memory Excel has no calculation engine).
 * Hidden and filtered rows are not modelled by the in-memory Excel: the adapter reads them like any row.
 *
 * @example const excel = memoryExcelOf({ sheets: [registerSheet([{}])] });
 */
export function memoryExcelOf(spec: WorkbookSpec): MemoryExcel {
  return createMemoryExcel(memoryInitOf(spec), { limits: { requestBytes: null, responseBytes: null } });
}

export function memoryInitOf(spec: WorkbookSpec): MemoryWorkbookInit {
  return { sheets: spec.sheets.map(sheetInit) };
}

function sheetInit(spec: SheetSpec): MemorySheetInit {
  const cells: InitCell[][] = spec.cells.map((row) => row.map(initCell));
  const origin = spec.origin ?? { row: 1, column: 1 };
  const tables: Exclude<MemorySheetInit["tables"], undefined>[number][] = [];
  if (spec.table) {
    const width = Math.max(...spec.cells.map((row) => row.length));
    const rows = spec.cells.length + (spec.table.totalsRow ? 1 : 0);
    if (spec.table.totalsRow) {
      const totals: InitCell[] = Array.from({ length: width }, () => null);
      totals[0] = "Total";
      totals[1] = { formula: "=SUBTOTAL(103,Table1[Report title])", value: spec.cells.length - 1 };
      cells.push(totals);
    }
    const first = `${columnLetters(origin.column)}${origin.row}`;
    const last = `${columnLetters(origin.column + width - 1)}${origin.row + rows - 1}`;
    tables.push({ name: spec.table.name, address: `${first}:${last}`, hasTotalsRow: spec.table.totalsRow });
  }
  return {
    name: spec.name,
    origin,
    cells,
    ...(tables.length > 0 ? { tables } : {}),
    ...(spec.merges ? { merges: spec.merges } : {}),
    ...(spec.state === "hidden" ? { visibility: "Hidden" as const } : {}),
  };
}

function initCell(cell: SpecCell): InitCell {
  if (cell === null || typeof cell !== "object" || cell.kind !== "formula") return cell;
  if (typeof cell.result === "object") return cell.result;
  return { formula: `=${cell.formula}`, value: cell.result };
}
