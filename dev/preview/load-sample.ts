import { isoDateToSerial } from "../../src/core/dates";
import type { ExcelRunner } from "../../src/excel/excel-api";
import { columnLetters } from "./workbook/addresses";
import { isSampleDate, isSampleLink, type SampleCell, type SampleSheet } from "../../samples/wipo-2023-data";

const HEADER_FILL = "#DDEBF7";

/** Excel column widths are given in characters in the sample; the API takes points (7 px a character). */
function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75);
}

function cellValue(cell: SampleCell): string | number {
  if (cell === null) return "";
  if (isSampleLink(cell)) return cell.text;
  if (isSampleDate(cell)) return isoDateToSerial(cell.date);
  return cell;
}

/**
 * Writes the sample register into a workbook through the Excel API, the way a focal point's workbook
 * looks: one Excel table per sheet, bold shaded headers, wrapped text, real dates and hyperlinks.
 * The preview runs it against the in-memory Excel before the task pane starts.
 */
export async function loadSampleWorkbook(run: ExcelRunner, sheets: readonly SampleSheet[]): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    for (const sample of sheets) {
      const sheet = worksheets.add(sample.name);
      const width = sample.headers.length;
      const rows = [sample.headers as readonly SampleCell[], ...sample.rows];
      const all = sheet.getRangeByIndexes(0, 0, rows.length, width);
      all.values = rows.map((row) => row.map(cellValue));
      all.numberFormat = rows.map((row) =>
        row.map((cell) => (isSampleDate(cell) ? "yyyy-mm-dd" : "General")),
      );
      all.format.wrapText = true;
      all.format.verticalAlignment = "Top";
      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      sample.widths.forEach((characters, column) => {
        sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(characters);
      });
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (isSampleLink(cell)) {
            sheet.getRangeByIndexes(r, c, 1, 1).hyperlink = {
              address: cell.address,
              textToDisplay: cell.text,
            };
          }
        }),
      );
      sheet.tables.add(`A1:${columnLetters(width - 1)}${rows.length}`, true).name = sample.table;
    }
    const first = sheets[0];
    if (first) worksheets.getItem(first.name).activate();
    await context.sync();
  });
}
