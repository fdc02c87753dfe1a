/**
 * A register as people keep it: formatted, with formulas, notes, merged title cells, widths, a hidden row,
 * a filter, data validation, conditional formats, frozen panes and a second sheet of notes. Valid, so that
 * every command writes its sheets; what matters is that none of this is lost or changed.
 */
import ExcelJS from "exceljs";
import { registerSheet } from "./workbook-spec";
import { resultOf } from "./workbook-spec";

export async function writeRichRegister(path: string): Promise<string> {
  const spec = registerSheet(
    [
      {
        reportSymbol: "JIU/REP/2021/6",
        recommendationNumber: 1,
        implementation: "In progress",
        previousImplementation: "In progress",
        deadline: { kind: "date", iso: "2023-12-31" as never },
      },
      { reportSymbol: "JIU/REP/2021/6", recommendationNumber: 2 },
      {
        reportSymbol: "JIU/REP/2020/7",
        recommendationNumber: 3,
        addressee: "Legislative body",
        implementation: "Not started",
        previousImplementation: "Not started",
        deadline: { kind: "date", iso: "2024-06-30" as never },
      },
    ],
    { headerRow: 3 },
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "A focal point";
  const sheet = workbook.addWorksheet("Register", { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.getCell("A1").value = "Register of JIU recommendations";
  sheet.mergeCells("A1:F1");
  sheet.getCell("A1").font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
  sheet.getCell("A2").value = { formula: 'TEXT(DATE(2023,2,28),"yyyy-mm-dd")', result: "2023-02-28" };
  spec.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (r < 2 || value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const shown = resultOf(value);
      if (shown !== null && typeof shown === "object") {
        if (shown.kind === "date") {
          cell.value = new Date(`${shown.iso}T00:00:00Z`);
          cell.numFmt = "dd mmm yyyy";
        } else if (shown.kind === "link") cell.value = { text: shown.text, hyperlink: shown.address };
        else cell.value = { error: shown.code as ExcelJS.CellErrorValue["error"] };
      } else cell.value = shown;
    }),
  );
  sheet.getRow(3).font = { bold: true };
  sheet.getRow(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  sheet.getRow(3).height = 32;
  sheet.getColumn(6).width = 60;
  sheet.getColumn(6).alignment = { wrapText: true, vertical: "top" };
  sheet.getCell("G4").note = "Checked with the unit on 15 January.";
  sheet.getCell("H4").border = {
    top: { style: "thin" },
    bottom: { style: "double", color: { argb: "FFFF0000" } },
  };
  sheet.getRow(5).hidden = true;
  sheet.autoFilter = "A3:Q6";
  sheet.getCell("R4").value = { formula: "COUNTA(A4:A6)", result: 3 };
  sheet.getCell("R3").value = "Count (my formula)";
  for (const address of ["H4", "H5", "H6"]) {
    sheet.getCell(address).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"Accepted,Not accepted,Under consideration,Not relevant"'],
    };
  }
  sheet.addConditionalFormatting({
    ref: "I4:I100",
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: "Not started",
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Meeting with the JIU focal point";
  notes.getCell("B2").value = 42.5;
  notes.getCell("B2").numFmt = "0.0%";
  workbook.definedNames.add("Notes!$B$2", "MyRate");
  await workbook.xlsx.writeFile(path);
  return path;
}
