import { rmSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { CellValue, IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { validate } from "../../src/core/validate";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { writeWorkbookWithSheets } from "../../src/xlsx/write";
import { tempFolder } from "../xlsx/read/fixtures";
import { asOfArb, REGISTER_SHEET, registerArb, registerCells, type RandomRegister } from "./arbitraries";
import { NUM_RUNS } from "./runs";
import { problemText } from "../fixtures/problem";

/**
 * What an Excel cell can hold: finite numbers, text XML can carry. The register file is written with ExcelJS
 * (a test tool here), which writes such characters raw; the product's own writer escapes them (see
 * test/hostile/nothing-active.test.ts).
 */
function storable(cell: CellValue): CellValue {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell + 0 : null;
  if (typeof cell === "string")
    return cell.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
  return cell;
}

/** ExcelJS writes "_x0041_" as it is, which Excel (and the reader) take for "A"; Excel escapes the underscore. */
function asExcelWrites(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

function excelValue(cell: CellValue): ExcelJS.CellValue {
  if (typeof cell === "string") return asExcelWrites(cell);
  if (cell === null || typeof cell !== "object") return cell;
  switch (cell.kind) {
    case "date":
      return new Date(`${cell.iso}T00:00:00Z`);
    case "link":
      return { text: asExcelWrites(cell.text), hyperlink: cell.address };
    case "error":
      return { error: cell.code as ExcelJS.CellErrorValue["error"] };
  }
}

async function writeRegister(cells: readonly (readonly CellValue[])[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REGISTER_SHEET);
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      if (typeof cell === "object" && cell.kind === "date") target.numFmt = "yyyy-mm-dd";
    }),
  );
  await workbook.xlsx.writeFile(path);
}

function findingsOf(grid: Parameters<typeof parseWorkbook>[0], asOf: IsoDate) {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return { register: outcome.register, findings: validate(outcome.register, asOf) };
}

describe("a register put through the .xlsx writer and read back", () => {
  const folder = tempFolder("jiu-prop-xlsx-");
  afterAll(() => folder.dispose());

  it("gives the same findings (1,000 random registers of up to 30 rows)", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        registerArb(30),
        asOfArb,
        fc.constantFrom("en", "zh") as fc.Arbitrary<"en" | "zh">,
        async (random: RandomRegister, asOfText, lang) => {
          const asOf = asOfText as IsoDate;
          const cells = registerCells(random).map((row) => row.map(storable));
          const before = findingsOf(
            { sheets: [{ name: REGISTER_SHEET, cells, origin: { row: 1, column: 1 } }] },
            asOf,
          );

          run += 1;
          const input = folder.path(`in-${run}.xlsx`);
          const output = folder.path(`out-${run}.xlsx`);
          await writeRegister(cells, input);
          const summary = summarize(before.register, asOf);
          const layouts = [
            layoutSummarySheet(summary, lang),
            ...layoutAnnexes(before.register, summary, lang),
          ];
          await writeWorkbookWithSheets(input, output, layouts);
          const back = await readWorkbookGrid(output);
          rmSync(input);
          rmSync(output);

          expect(back.sheets.map((sheet) => sheet.name)).toEqual([
            REGISTER_SHEET,
            ...layouts.map((l) => l.name),
          ]);
          const after = findingsOf(back, asOf);
          expect(after.register.sheet).toBe(REGISTER_SHEET);
          expect(after.register.rows.length).toBe(before.register.rows.length);
          expect(after.findings).toEqual(before.findings);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  }, 600_000);
});
