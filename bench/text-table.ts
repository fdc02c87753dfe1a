/** The bench's tables: a row per register size, a column per figure or verdict. */
import type { BenchExtras, BenchRow } from "./results";
import { judgeRow, type RowVerdicts } from "./targets";

/** What a cell is written from: one size's measurements and the targets' verdicts on them. */
export interface JudgedRow {
  readonly row: BenchRow;
  readonly extras: BenchExtras;
  readonly verdicts: RowVerdicts;
}

/** A column: its header, and how it writes a size's cell. */
export type Column = readonly [header: string, cell: (judged: JudgedRow) => string];

/** One line per size, the columns in order. */
export function judgedTable(
  columns: readonly Column[],
  rows: readonly BenchRow[],
  extras: readonly BenchExtras[],
): string {
  return textTable(
    columns.map(([header]) => header),
    rows.map((row, index) => {
      const extra = extras[index] as BenchExtras;
      const judged = { row, extras: extra, verdicts: judgeRow(row, extra) };
      return columns.map(([, cell]) => cell(judged));
    }),
  );
}

/**
 * A Markdown table, the first column left-aligned and the others right-aligned.
 *
 * @example textTable(["rows", "ms"], [["100", "1.2"]]) // "| rows |  ms |\n|:-----|----:|\n| 100  | 1.2 |"
 */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
