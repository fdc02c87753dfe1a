/** East Asian wide and full-width characters: a terminal gives each two columns. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * The columns a text takes in a terminal: two for each wide (Chinese, full-width) character, one otherwise.
 *
 * @example displayWidth("立法机构") // 8
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads a text on the right (or, for numbers, on the left) to a width in terminal columns.
 *
 * @example padTo("立法机构", 10) // "立法机构  "
 */
export function padTo(text: string, width: number, align: "left" | "right" = "left"): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "left" ? `${text}${padding}` : `${padding}${text}`;
}

/**
 * Rows of cells as aligned columns, two spaces apart, indented by two: the first `leftColumns` columns
 * aligned left, the others (counts) right.
 *
 * @example alignColumns([["Year", "Implemented"], ["2021", "3"]], 1) // ["  Year  Implemented", "  2021            3"]
 */
export function alignColumns(rows: readonly (readonly string[])[], leftColumns: number): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    `  ${row
      .map((cell, column) => padTo(cell, widths[column] ?? 0, column < leftColumns ? "left" : "right"))
      .join("  ")}`.trimEnd(),
  );
}
