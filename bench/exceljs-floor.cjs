// The CLI's floor: ExcelJS alone reading a workbook and writing it back, nothing else.
// Usage: node bench/exceljs-floor.cjs document|stream IN.xlsx OUT.xlsx
//   document: Workbook.xlsx.readFile + writeFile (the whole model in memory);
//   stream:   WorkbookReader rows -> WorkbookWriter rows (values only, constant memory).
// Prints {"rows":N} on stdout: the rows with a value in the fullest sheet, less its header row, so that
// the benchmark can check the floor did the work (a reader that reads nothing is no baseline).
"use strict";
const ExcelJS = require("exceljs");

async function documentMode(input, output) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  let fullest = 0;
  workbook.eachSheet((sheet) => {
    let rows = 0;
    sheet.eachRow({ includeEmpty: false }, () => (rows += 1));
    fullest = Math.max(fullest, rows);
  });
  await workbook.xlsx.writeFile(output);
  return fullest;
}

async function streamMode(input, output) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    hyperlinks: "cache",
    styles: "cache",
    worksheets: "emit",
  });
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: output,
    useSharedStrings: true,
    useStyles: true,
  });
  let fullest = 0;
  for await (const worksheetReader of reader) {
    const sheet = writer.addWorksheet(worksheetReader.name || "Sheet");
    let rows = 0;
    for await (const row of worksheetReader) {
      if (row.hasValues) rows += 1;
      const written = sheet.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        written.getCell(column).value = cell.value;
      });
      written.commit();
    }
    sheet.commit();
    fullest = Math.max(fullest, rows);
  }
  await writer.commit();
  return fullest;
}

const [mode, input, output] = process.argv.slice(2);
if (!input || !output || (mode !== "document" && mode !== "stream")) {
  process.stderr.write("usage: node bench/exceljs-floor.cjs document|stream IN.xlsx OUT.xlsx\n");
  process.exit(2);
}
(mode === "document" ? documentMode : streamMode)(input, output).then(
  (rows) => process.stdout.write(`${JSON.stringify({ rows: Math.max(0, rows - 1) })}\n`),
  (error) => {
    process.stderr.write(`${error && error.message ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
