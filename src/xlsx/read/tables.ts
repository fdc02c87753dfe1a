import type { GridTable } from "../../core/grid";
import { parseRange } from "./cell-ref";
import { once } from "./relationships";
import { parseXml } from "./xml-stream";

/**
 * Reads a table part (xl/tables/tableN.xml) as a `GridTable`. A table without a header row is
 * skipped: it cannot hold a register, whose columns are found by their headers.
 */
export async function readTable(xml: string): Promise<GridTable | null> {
  let table: GridTable | null = null;
  await parseXml(once(xml), {
    open: ({ name, attributes }) => {
      if (name !== "table" || table !== null) return;
      const range = attributes.ref === undefined ? null : parseRange(attributes.ref);
      const headerRows = Number(attributes.headerRowCount ?? "1");
      const totalsRows = Number(attributes.totalsRowCount ?? "0");
      const tableName = attributes.displayName ?? attributes.name;
      if (!range || tableName === undefined || headerRows === 0) return;
      table = {
        name: tableName,
        headerRow: range.first.row,
        firstColumn: range.first.column,
        lastRow: range.last.row,
        lastColumn: range.last.column,
        hasTotalsRow: totalsRows > 0,
      };
    },
  });
  return table;
}
