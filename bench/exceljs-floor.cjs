// The CLI's floor: ExcelJS alone reading a workbook and writing it back, nothing else.
// Usage: node bench/exceljs-floor.cjs document|stream IN.xlsx OUT.xlsx
//   document: Workbook.xlsx.readFile + writeFile (the whole model in memory);
//   stream:   WorkbookReader rows -> WorkbookWriter rows (values only, constant memory).
"use strict";
const ExcelJS = require("exceljs");

async function documentMode(input, output) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
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
  for await (const worksheetReader of reader) {
    const sheet = writer.addWorksheet(worksheetReader.name || "Sheet");
    for await (const row of worksheetReader) {
      const written = sheet.getRow(row.number);
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        written.getCell(column).value = cell.value;
      });
      written.commit();
    }
    sheet.commit();
  }
  await writer.commit();
}

const [mode, input, output] = process.argv.slice(2);
if (!input || !output || (mode !== "document" && mode !== "stream")) {
  process.stderr.write("usage: node bench/exceljs-floor.cjs document|stream IN.xlsx OUT.xlsx\n");
  process.exit(2);
}
(mode === "document" ? documentMode : streamMode)(input, output).catch((error) => {
  process.stderr.write(`${error && error.message ? error.message : String(error)}\n`);
  process.exit(1);
});
