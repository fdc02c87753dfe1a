/**
 * One description of a hostile workbook, written two ways: as an .xlsx file (ExcelJS) for the CLI, and
 * as an in-memory Excel workbook for the adapter. Both come from the same cells, so the two faces of the
 * add-in are asked the same question.
 */
import type { CellValue, ErrorCell, WorkbookGrid } from "../../src/core/grid";
import type { ColumnId } from "../../src/core/model";
import { aGrid, type GridOptions, type RowSpec } from "../fixtures";

/** A formula left in a cell, with the value Excel last computed for it (an error, typically). */
export interface FormulaCell {
  readonly kind: "formula";
  readonly formula: string;
  readonly result: string | number | ErrorCell;
}

export type SpecCell = CellValue | FormulaCell;

export interface SheetSpec {
  readonly name: string;
  /** Row-major from A1 (or `origin`). */
  readonly cells: readonly (readonly SpecCell[])[];
  readonly origin?: { readonly row: number; readonly column: number };
  /** A1 ranges, e.g. "A2:A4". */
  readonly merges?: readonly string[];
  /** 1-based worksheet rows hidden by hand. */
  readonly hiddenRows?: readonly number[];
  /** An AutoFilter over this range, with `hiddenRows` as the rows it filters out. */
  readonly autoFilter?: string;
  /** The cells (header first) form an Excel table; a totals row is added below them. */
  readonly table?: { readonly name: string; readonly totalsRow: boolean };
  readonly state?: "hidden";
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
}

/** A sheet from a fixture grid (see test/fixtures): VALID_ROW with overrides, under the English headers. */
export function registerSheet(
  rows: readonly RowSpec[],
  options: GridOptions & Omit<SheetSpec, "name" | "cells"> = {},
): SheetSpec {
  const grid = aGrid(rows, options);
  const sheet = grid.sheets.find((s) => s.name === (options.sheet ?? "Register"));
  if (!sheet) throw new Error("fixture grid without its register sheet");
  const { merges, hiddenRows, autoFilter, table, state } = options;
  return {
    name: sheet.name,
    cells: sheet.cells,
    ...(merges ? { merges } : {}),
    ...(hiddenRows ? { hiddenRows } : {}),
    ...(autoFilter ? { autoFilter } : {}),
    ...(table ? { table } : {}),
    ...(state ? { state } : {}),
  };
}

/** A sheet from raw rows. */
export function rawSheet(name: string, cells: readonly (readonly SpecCell[])[]): SheetSpec {
  return { name, cells };
}

/** The workbook as the core would see it if every formula showed its result (for direct core checks). */
export function specToGrid(spec: WorkbookSpec): WorkbookGrid {
  return {
    sheets: spec.sheets.map((sheet) => ({
      name: sheet.name,
      cells: sheet.cells.map((row) => row.map(resultOf)),
      origin: sheet.origin ?? { row: 1, column: 1 },
    })),
  };
}

/** What a cell shows: a formula's last result, anything else as it is. */
export function resultOf(cell: SpecCell): CellValue {
  if (cell !== null && typeof cell === "object" && cell.kind === "formula") return cell.result;
  return cell;
}

export const FORMULA_ERRORS = ["#N/A", "#REF!", "#VALUE!"] as const;

/** A formula whose last result is the error, as a lookup gone wrong leaves it. */
export function brokenFormula(code: (typeof FORMULA_ERRORS)[number]): FormulaCell {
  const formula =
    code === "#N/A" ? "VLOOKUP(A2,Lookup!A:B,2,FALSE)" : code === "#REF!" ? "#REF!+1" : 'A2+"x"';
  return { kind: "formula", formula, result: { kind: "error", code } };
}

export type { ColumnId, RowSpec };
