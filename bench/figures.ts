/** How the bench's tables write a figure: "-" where it was not measured. */

/** Milliseconds, with fewer decimals as they grow. */
export const ms = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "-"
    : value < 10
      ? value.toFixed(2)
      : value < 100
        ? value.toFixed(1)
        : value.toFixed(0);
export const ratio = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? "-" : `${value.toFixed(1)}x`;
/** Decimal megabytes, as the 5 MB request and response limits count them. */
export const mb = (bytes: number | null): string => (bytes === null ? "-" : `${(bytes / 1e6).toFixed(2)} MB`);
export const count = (n: number): string => n.toLocaleString("en-US");

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
