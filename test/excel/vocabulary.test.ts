/**
 * The task pane's adapter on a register in another organization's shape (samples/itu-2022: one Status
 * column, named bodies, a Vocabulary sheet): it reads the Vocabulary sheet with the register, so that its
 * findings are the core's, marks a Vocabulary row that teaches nothing on that sheet, and generates the
 * annexes with the organization's own names for the addressees.
 */
import type { IsoDate, WorkbookGrid } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { validate as validateRegister } from "../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../src/labels/finding-message";
import { ituWorkbookGrid, ITU_AS_OF } from "../../samples/itu-2022-data";
import { action, cellAt, DESKTOP, excelWith } from "./support";
import { problemText } from "../fixtures/problem";

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

const asOf = ITU_AS_OF as IsoDate;

/** The ITU sample with a Vocabulary row whose meaning names no canonical value (row 7 of that sheet). */
function withBadVocabularyRow(): WorkbookGrid {
  const grid = ituWorkbookGrid();
  return {
    sheets: grid.sheets.map((sheet) => {
      if (sheet.name !== "Vocabulary") return sheet;
      const cells = [...sheet.cells, ["Plenary", "The big meeting"]];
      const tables = sheet.tables?.map((table) => ({ ...table, lastRow: table.lastRow + 1 }));
      return { ...sheet, cells, ...(tables ? { tables } : {}) };
    }),
  };
}

describe("the adapter on a register with a Vocabulary sheet", () => {
  it("finds what the core finds, and marks the Vocabulary row that teaches nothing on its own sheet", async () => {
    const grid = withBadVocabularyRow();
    const parsed = parseWorkbook(grid);
    if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
    const expected = validate(parsed.register, asOf);
    expect(expected.map((f) => [f.sheet, f.row, f.rule])).toEqual([["Vocabulary", 7, "W12-vocabulary"]]);

    const { excel, api } = excelWith(grid, DESKTOP);
    const outcome = await api.validate(action({ asOf }));
    expect(
      renderFindings(outcome.findings, "en").map((f) => [f.sheet, f.row, f.column, f.rule, f.message]),
    ).toEqual(expected.map((f) => [f.sheet, f.row, f.column, f.rule, f.message]));
    expect(cellAt(excel, "Vocabulary", 7, 2)?.value).toBe("The big meeting");
    // A warning's mark, on the Vocabulary sheet's Means cell, and none on the row above.
    expect(cellAt(excel, "Vocabulary", 7, 2)?.conditionalFill).toBe("#FFEB9C");
    expect(cellAt(excel, "Vocabulary", 6, 2)?.conditionalFill ?? null).toBeNull();
  });

  it("generates the annexes with ITU's names for the addressees and the first reports noted", async () => {
    const { excel, api } = excelWith(ituWorkbookGrid(), DESKTOP);
    const outcome = await api.generateAnnex(action({ asOf }));
    expect(outcome.refusedFindings).toBeNull();
    const annexI = excel.snapshot("Annex I").cells.map((cell) => cell.value);
    for (const name of ["Council", "PP", "Both", "Plenipotentiary Conference", "First report"]) {
      expect(annexI).toContain(name);
    }
    const annexII = excel.snapshot("Annex II").cells.map((cell) => cell.value);
    for (const text of [
      "Recommendation 3(a)",
      "Recommendation 3(b)",
      "Informal recommendations",
      "Secretary-General",
    ]) {
      expect(annexII).toContain(text);
    }
  });
});
