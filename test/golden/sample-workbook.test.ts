import path from "node:path";
import ExcelJS from "exceljs";
import { dateToIsoDate } from "../../src/core/dates";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { isSampleDate, isSampleLink, SAMPLE_SHEETS, type SampleCell } from "../../samples/wipo-2023-data";

const SAMPLES = path.join(__dirname, "..", "..", "samples");
const SAMPLE_PATH = path.join(SAMPLES, "wipo-2023.xlsx");

/** A cell as ExcelJS reads it, in the data module's terms, so that the two can be compared. */
function asSampleCell(value: ExcelJS.CellValue): SampleCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number") return value;
  if (value instanceof Date) {
    const iso = dateToIsoDate(value);
    if (iso === null) throw new Error("Invalid date in the sample workbook");
    return { date: iso };
  }
  if (typeof value === "object" && "hyperlink" in value)
    return { text: String(value.text), address: value.hyperlink };
  throw new Error(`Unexpected cell value in the sample workbook: ${JSON.stringify(value)}`);
}

describe.each(SAMPLE_WORKBOOKS.map((sample) => [sample.file, sample] as const))(
  "samples/%s (rebuild with `npm run sample` after changing the data)",
  (file, sample) => {
    let workbook: ExcelJS.Workbook;

    beforeAll(async () => {
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(SAMPLES, file));
    });

    it("has the data module's sheets, in order", () => {
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        sample.sheets.map((sheet) => sheet.name),
      );
    });

    it.each(sample.sheets.map((sheet) => [sheet.name, sheet] as const))(
      "sheet %s holds exactly the data module's cells, as an Excel table",
      (name, sheet) => {
        const worksheet = workbook.getWorksheet(name);
        if (!worksheet) throw new Error(`No sheet ${name}`);
        const read: SampleCell[][] = [];
        for (let r = 1; r <= worksheet.rowCount; r++) {
          const row = worksheet.getRow(r);
          read.push(
            Array.from({ length: sheet.headers.length }, (_, c) =>
              // ExcelJS, not Office.js: its cells need no load() before reading.
              // eslint-disable-next-line office-addins/load-object-before-read
              asSampleCell(row.getCell(c + 1).value),
            ),
          );
        }
        expect(read).toEqual([[...sheet.headers], ...sheet.rows.map((row) => [...row])]);
        expect(worksheet.columnCount).toBe(sheet.headers.length);

        const lastColumn = String.fromCharCode(64 + sheet.headers.length);
        // ExcelJS's typings do not describe a table read from a file; this is the shape it gives.
        const tables = worksheet.getTables() as unknown as { table: { name: string; tableRef: string } }[];
        expect(tables.map((t) => [t.table.name, t.table.tableRef])).toEqual([
          [sheet.table, `A1:${lastColumn}${sheet.rows.length + 1}`],
        ]);
      },
    );
  },
);

describe("samples/wipo-2023.xlsx's dates and links", () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(SAMPLE_PATH);
  });

  it("writes dates as real dates and links as real hyperlinks", () => {
    const cells = SAMPLE_SHEETS.flatMap((sheet) => sheet.rows.flat());
    expect(cells.filter(isSampleDate).length).toBeGreaterThan(0);
    expect(cells.filter(isSampleLink).length).toBeGreaterThan(0);
    const requests = workbook.getWorksheet("请求");
    expect(requests?.getCell("C2").value).toBeInstanceOf(Date);
    expect(requests?.getCell("C2").numFmt).toBe("yyyy-mm-dd");
  });
});
