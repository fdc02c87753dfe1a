/**
 * `rollover --archive-closed` deletes the archived rows from an .xlsx register as Excel would: the rows
 * below move up with their formats, merges and links; the register's table, conditional format, validation,
 * print area and defined names shrink or move; formulas in another sheet follow the cells they point at,
 * and one that pointed into a deleted row says #REF!. What it cannot adjust refuses the option (exit 2).
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { validate } from "../../src/core/validate";
import type { IsoDate } from "../../src/core/grid";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { parseXmlTree } from "../../src/xlsx/xml/tree";
import { attributeOf } from "../../src/xlsx/xml/xml-part";
import { REQUIRED_HEADERS } from "../fixtures/grid";
import { tempFolder, writeExcelJs } from "../xlsx/read/fixtures";
import { cli } from "../hostile/run-cli";

const AS_OF = "2023-02-28" as IsoDate;
/** Rows 2 to 7; those implemented (2, 4, 5) are archived. */
const STATUSES = ["Implemented", "In progress", "Implemented", "Implemented", "In progress", "In progress"];

function register(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.addWorksheet("Register");
  sheet.addTable({
    name: "Recs",
    ref: "A1",
    columns: REQUIRED_HEADERS.map((name) => ({ name })),
    rows: STATUSES.map((status, i) => [
      "JIU/REP/2021/3",
      "Cybersecurity",
      i + 1,
      "Executive head",
      `Recommendation ${i + 1}`,
      `Assessment ${i + 1}`,
      "Accepted",
      status,
      "CIO",
    ]),
  });
  sheet.getCell("E6").font = { bold: true };
  sheet.getCell("N6").value = "note on row 6";
  sheet.mergeCells("N6:O6");
  sheet.addConditionalFormatting({
    ref: "H2:H7",
    rules: [{ type: "expression", priority: 1, formulae: ['$H2="In progress"'], style: {} }],
  });
  for (let row = 2; row <= 7; row++)
    sheet.getCell(`G${row}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"Accepted,Not accepted"'],
    };
  sheet.pageSetup.printArea = "A1:I7";
  return sheet;
}

async function book(path: string): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(path);
  return read;
}

/** The workbook part's calcPr fullCalcOnLoad attribute (ExcelJS does not read calcPr). */
async function fullCalcOnLoad(path: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const root = parseXmlTree((await zip.file("xl/workbook.xml")?.async("string")) ?? "").root;
  const settings = root.children.find((child) => child.local === "calcPr");
  return settings ? attributeOf(settings, "fullCalcOnLoad") : undefined;
}

async function registerOf(path: string) {
  const outcome = parseWorkbook(await readWorkbookGrid(path));
  if (!outcome.ok) throw new Error("not a register");
  return outcome.register;
}

describe("rollover --archive-closed deletes the archived rows from an .xlsx register", () => {
  const folder = tempFolder("jiu-archive-delete-");
  const output = folder.path("rolled.xlsx");
  const plain = folder.path("plain.xlsx");
  let input = "";
  beforeAll(async () => {
    input = await writeExcelJs(folder.path("input.xlsx"), (workbook) => {
      register(workbook);
      const links = workbook.addWorksheet("Links");
      links.getCell("A1").value = { formula: "Register!E6", result: "Recommendation 5" };
      links.getCell("A2").value = { formula: "Register!E2", result: "Recommendation 1" };
      links.getCell("A3").value = { formula: "SUM(Register!C2:C7)", result: 21 };
      links.getCell("A4").value = { formula: "COUNTA(Register!$H$4:$H$5)", result: 2 };
      workbook.definedNames.add("Register!$E$6", "FifthRecommendation");
    });
    const run = await cli("rollover", input, "--as-of", AS_OF, "-o", output, "--archive-closed");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(
      'Closed recommendations moved to the sheet "Archive", their rows deleted from the register: 3',
    );
    await cli("rollover", input, "--as-of", AS_OF, "-o", plain);
  }, 60_000);
  afterAll(() => folder.dispose());

  it("moves the rows below up with their formats, merges and cells beside the register", async () => {
    const sheet = (await book(output)).getWorksheet("Register");
    if (!sheet) throw new Error("no register");
    expect([2, 3, 4].map((row) => sheet.getCell(`E${row}`).value)).toEqual([
      "Recommendation 2",
      "Recommendation 5",
      "Recommendation 6",
    ]);
    expect(sheet.getCell("E5").value).toBeNull();
    expect(sheet.getCell("E3").font?.bold).toBe(true);
    expect(sheet.getCell("E2").font?.bold).toBeFalsy();
    expect(sheet.getCell("N3").value).toBe("note on row 6");
    expect(sheet.getCell("O3").isMerged).toBe(true);
    expect(sheet.getCell("O6").isMerged).toBe(false);
  });

  it("shrinks the table, the conditional format, the validation and the print area; moves the name", async () => {
    const workbook = await book(output);
    const sheet = workbook.getWorksheet("Register");
    if (!sheet) throw new Error("no register");
    const grid = await readWorkbookGrid(output);
    expect(grid.sheets[0]?.tables?.[0]).toMatchObject({ name: "Recs", headerRow: 1, lastRow: 4 });
    // ExcelJS reads conditional formats back, though its types do not say so.
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] })
      .conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(["H2:H4"]);
    expect(formats[0]?.rules[0]).toMatchObject({ formulae: ['$H2="In progress"'] });
    expect([2, 3, 4, 5].map((row) => sheet.getCell(`G${row}`).dataValidation?.type)).toEqual([
      "list",
      "list",
      "list",
      undefined,
    ]);
    expect(sheet.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?I\$?4$/);
    expect(workbook.definedNames.getRanges("FifthRecommendation").ranges).toEqual(["Register!$E$3"]);
  });

  it("adjusts formulas in another sheet, and says #REF! for one that pointed into a deleted row", async () => {
    const links = (await book(output)).getWorksheet("Links");
    if (!links) throw new Error("no Links sheet");
    const formula = (address: string) => (links.getCell(address).value as { formula?: string }).formula;
    expect(formula("A1")).toBe("Register!E3");
    expect(formula("A2")).toBe("Register!#REF!");
    expect(formula("A3")).toBe("SUM(Register!C2:C4)");
    expect(formula("A4")).toBe("COUNTA(Register!#REF!)");
  });

  it("asks Excel to recalculate on opening, since the values saved beside those formulas are stale", async () => {
    expect(await fullCalcOnLoad(output)).toBe("1");
    expect(await fullCalcOnLoad(plain)).toBeUndefined();
  });

  it("leaves a register that validates clean, History grown by its row count, the same outstanding counts", async () => {
    const archived = await registerOf(output);
    expect(archived.rows.map((row) => row.recommendation.row)).toEqual([2, 3, 4]);
    const errors = validate(archived, AS_OF).filter((finding) => finding.severity === "error");
    expect(errors).toEqual([]);
    const history = (await book(output)).worksheets.find((sheet) => /history/i.test(sheet.name));
    expect(history?.actualRowCount).toBe(1 + STATUSES.length);
    const next = summarize(archived, AS_OF);
    expect(next.outstanding).toEqual(summarize(await registerOf(plain), AS_OF).outstanding);
    expect(next.proposedForClosure).toEqual([]);
  });

  it("refuses the option, writing nothing, for a shared formula whose cells point across the rows to delete", async () => {
    const shared = await writeExcelJs(folder.path("shared.xlsx"), (workbook) => {
      register(workbook);
      const sheet = workbook.addWorksheet("Doubled");
      // ExcelJS writes a shared formula from these, though its types do not list them.
      const master = { formula: "Register!C2*2", result: 2, shareType: "shared", ref: "A1:A6" };
      sheet.getCell("A1").value = master as unknown as ExcelJS.CellValue;
      for (let row = 2; row <= 6; row++)
        sheet.getCell(`A${row}`).value = { sharedFormula: "A1", result: row * 2 };
    });
    const target = folder.path("shared-rolled.xlsx");
    const run = await cli("rollover", shared, "--as-of", AS_OF, "-o", target, "--archive-closed");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot delete the archived rows");
    expect(run.stderr).toContain("without --archive-closed");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    await expect(book(target)).rejects.toThrow();
  });

  it("refuses to archive a row that holds a value beside the register, which deleting it would lose", async () => {
    const noted = await writeExcelJs(folder.path("noted.xlsx"), (workbook) => {
      register(workbook).getCell("N4").value = "keep me";
    });
    const target = folder.path("noted-rolled.xlsx");
    const run = await cli("rollover", noted, "--as-of", AS_OF, "-o", target, "--archive-closed");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 4 of "Register" is to be archived');
    expect(run.stderr).toContain("its cell N4 outside the register holds a value");
    await expect(book(target)).rejects.toThrow();
  });
});
