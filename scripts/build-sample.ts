/**
 * Writes the sample workbooks of samples/index.ts (samples/wipo-2023.xlsx from samples/wipo-2023-data.ts,
 * and the others): each sheet an Excel table with its header in row 1, wrapped text, column widths for
 * reading, real dates and real hyperlinks. Run with `npm run sample`. test/golden/sample-workbook.test.ts
 * checks the committed files against the data.
 */
import path from "node:path";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SAMPLE_WORKBOOKS, type SampleWorkbook } from "../samples";
import { isSampleDate, isSampleLink, type SampleCell, type SampleSheet } from "../samples/wipo-2023-data";

const SAMPLES = path.join(__dirname, "..", "samples");
const LINE_HEIGHT_POINTS = 15;
const MAX_ROW_HEIGHT_POINTS = 409;

function cellValue(cell: SampleCell): ExcelJS.CellValue {
  if (isSampleLink(cell)) return { text: cell.text, hyperlink: cell.address };
  if (isSampleDate(cell)) return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

/** Display width of text: CJK and full-width characters take two columns. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        char,
      )
        ? 2
        : 1;
  return width;
}

/** Excel does not grow rows for wrapped text on its own, so estimate the lines the longest cell needs. */
function rowHeight(row: readonly SampleCell[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((cell, index) => {
    const text = isSampleLink(cell) ? cell.text : typeof cell === "string" ? cell : "";
    const width = Math.max(1, (widths[index] ?? 10) - 1);
    const needed = text
      .split("\n")
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / width)), 0);
    lines = Math.max(lines, needed);
  });
  return Math.min(MAX_ROW_HEIGHT_POINTS, lines * LINE_HEIGHT_POINTS + 4);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.addTable({
    name: sheet.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: sheet.headers.map((name) => ({ name, filterButton: true })),
    // Links and dates are set cell by cell below, so that they keep their type.
    rows: sheet.rows.map((row) =>
      row.map((cell) => (isSampleLink(cell) || isSampleDate(cell) ? null : cell)),
    ),
  });
  sheet.widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  // An explicit header fill as well as the table style: not every reader draws table styles.
  const header = worksheet.getRow(1);
  header.height = 32;
  sheet.headers.forEach((_name, index) => {
    const cell = header.getCell(index + 1);
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
    cell.alignment = { vertical: "middle", wrapText: true };
  });

  sheet.rows.forEach((row, rowIndex) => {
    const excelRow = worksheet.getRow(rowIndex + 2);
    row.forEach((cell, columnIndex) => {
      const excelCell = excelRow.getCell(columnIndex + 1);
      excelCell.value = cellValue(cell);
      excelCell.alignment = { vertical: "top", wrapText: true };
      if (isSampleDate(cell)) excelCell.numFmt = "yyyy-mm-dd";
      if (isSampleLink(cell)) excelCell.font = { color: { argb: "FF0563C1" }, underline: true };
    });
    excelRow.height = rowHeight(row, sheet.widths);
  });
}

/** Writes one sample workbook (by default to samples/, under its own file name). */
export async function buildSampleWorkbook(
  sample: SampleWorkbook,
  outputPath: string = path.join(SAMPLES, sample.file),
): Promise<void> {
  // Fixed document and zip-entry dates, so that rebuilding an unchanged sample gives the same bytes.
  const date = new Date(`${sample.date}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = sample.creator;
  workbook.created = date;
  workbook.modified = date;
  for (const sheet of sample.sheets) addSheet(workbook, sheet);
  await writeFile(outputPath, await withFixedEntryDates(await workbook.xlsx.writeBuffer(), date));
}

/** ExcelJS stamps every zip entry with the current time; restamp them so the file does not churn in git. */
async function withFixedEntryDates(buffer: ExcelJS.Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const restamped = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    restamped.file(entry.name, await entry.async("uint8array"), {
      date, // JSZip stores UTC wall-clock time
      createFolders: false,
    });
  }
  return restamped.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function buildAll(): Promise<void> {
  for (const sample of SAMPLE_WORKBOOKS) {
    await buildSampleWorkbook(sample);
    console.log(`Wrote ${path.relative(process.cwd(), path.join(SAMPLES, sample.file))}`);
  }
}

if (require.main === module) {
  buildAll().then(
    () => undefined,
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
