import { isoDateToSerial } from "../core/dates";
import type { CellValue } from "../core/grid";
import type { ColumnWrite } from "../core/rollover";
import { jsonBytes } from "./payload";
import { excelInput } from "./text-escape";

/** What a plan's cell is written as through `Range.values`: text never becomes a formula or a number. */
export type ExcelInput = string | number | boolean;

export function excelValue(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return excelInput(value);
  switch (value.kind) {
    case "date":
      return isoDateToSerial(value.iso);
    case "error":
      return excelInput(value.code);
    case "link":
      return excelInput(value.text);
  }
}

/** A block of consecutive rows in one column (1-based worksheet coordinates). */
export interface ColumnRun {
  readonly column: number;
  readonly firstRow: number;
  readonly values: readonly CellValue[];
}

/** Largest block one write carries, so that no single request nears Excel on the web's 5 MB. */
const BLOCK_BYTES = 1_000_000;

/**
 * A column's cells as runs of consecutive rows, each cut into blocks under 1 MB.
 *
 * @example columnRuns({ column: 10, cells: [{ row: 2, value: "a" }, { row: 3, value: "b" }, { row: 7, value: "c" }] }).length // 2
 */
export function columnRuns(write: ColumnWrite): ColumnRun[] {
  const runs: ColumnRun[] = [];
  let current: { firstRow: number; values: CellValue[]; bytes: number } | null = null;
  for (const cell of write.cells) {
    const bytes = jsonBytes(excelValue(cell.value)) + 4;
    const continues =
      current !== null &&
      cell.row === current.firstRow + current.values.length &&
      current.bytes + bytes <= BLOCK_BYTES;
    if (!continues || current === null) {
      if (current) runs.push({ column: write.column, firstRow: current.firstRow, values: current.values });
      current = { firstRow: cell.row, values: [], bytes: 0 };
    }
    current.values.push(cell.value);
    current.bytes += bytes;
  }
  if (current) runs.push({ column: write.column, firstRow: current.firstRow, values: current.values });
  return runs;
}

/** Consecutive rows cut into blocks under 1 MB (the History rows). */
export function rowBlocks<T>(rows: readonly (readonly T[])[]): { offset: number; rows: (readonly T[])[] }[] {
  const blocks: { offset: number; rows: (readonly T[])[] }[] = [];
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = jsonBytes(row);
    const last = blocks[blocks.length - 1];
    if (!last || bytes + size > BLOCK_BYTES) {
      blocks.push({ offset: index, rows: [row] });
      bytes = size;
    } else {
      last.rows.push(row);
      bytes += size;
    }
  });
  return blocks;
}

/**
 * A cell as it was, from `Range.formulas`: a formula stays a formula; a constant is written back as a value
 * (text with the apostrophe Excel needs to keep it text).
 */
export function restoredInput(formula: unknown): ExcelInput {
  if (typeof formula === "number" || typeof formula === "boolean") return formula;
  const text = typeof formula === "string" ? formula : "";
  return text.startsWith("=") ? text : excelInput(text);
}

/**
 * Consecutive rows, as [first, count], of an ascending list.
 *
 * @example runsOf([3, 4, 5, 9]) // [[3, 3], [9, 1]]
 */
export function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}
