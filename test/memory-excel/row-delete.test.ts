/**
 * The in-memory Excel deletes and inserts entire rows as Excel does: cells and formats move, a table,
 * a merge, a conditional format and a name follow their cells, formulas in any sheet are rewritten (#REF!
 * for a deleted cell), and a range of part of a row is refused as not modelled.
 */
import { createMemoryExcel } from "../../dev/memory-excel";

function workbook() {
  return createMemoryExcel({
    sheets: [
      {
        name: "Register",
        cells: [["Symbol", "No."], ...Array.from({ length: 6 }, (_, i) => [`R${i + 2}`, i + 2])],
      },
      { name: "Links", cells: [[null]] },
    ],
  });
}

describe("in-memory Excel: deleting and inserting entire rows", () => {
  it("moves the rows below up with their formats and everything that refers to them", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const register = context.workbook.worksheets.getItem("Register");
      context.workbook.tables.add("Register!A1:B7", true).name = "Recs";
      register.getRange("A6").format.font.bold = true;
      register.getRange("C6:D7").merge();
      const format = register.getRange("B2:B7").conditionalFormats.add("Custom");
      format.custom.rule.formula = "=$B2>4";
      context.workbook.names.add("Sixth", "=Register!$A$6");
      const links = context.workbook.worksheets.getItem("Links");
      links.getRange("A1:A4").formulas = [
        ["=Register!A6"],
        ["=Register!A3"],
        ["=SUM(Register!B2:B7)"],
        ["=A2"],
      ];
      await context.sync();
      register.getRange("3:4").delete("Up");
      await context.sync();
    });
    const register = excel.snapshot("Register");
    const at = (row: number, column: number) =>
      register.cells.find((cell) => cell.row === row && cell.column === column);
    expect([1, 2, 3, 4].map((row) => at(row, 0)?.value)).toEqual(["R2", "R5", "R6", "R7"]);
    expect(at(5, 0)).toBeUndefined();
    expect(at(3, 0)?.format).toMatchObject({ bold: true });
    expect(register.tables).toEqual([expect.objectContaining({ name: "Recs", address: "A1:B5" })]);
    expect(register.merges).toEqual([{ row: 3, column: 2, rowCount: 2, columnCount: 2 }]);
    expect(register.conditionalFormats[0]?.ranges).toEqual(["B2:B5"]);
    const links = excel.snapshot("Links").cells.map((cell) => cell.formula);
    expect(links).toEqual(["=Register!A4", "=Register!#REF!", "=SUM(Register!B2:B5)", "=A2"]);
    await excel.run(async (context) => {
      const names = context.workbook.names.load(["items/name", "items/formula"]);
      await context.sync();
      expect(names.items.map((name) => [name.name, name.formula])).toEqual([["Sixth", "=Register!$A$4"]]);
    });
  });

  it("inserts rows with the format of the row above; a range across them grows", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      const register = context.workbook.worksheets.getItem("Register");
      register.getRange("A2").format.fill.color = "#FFFF00";
      context.workbook.worksheets.getItem("Links").getRange("A1").formulas = [["=SUM(Register!B2:B7)"]];
      register.getRange("3:4").insert("Down");
      await context.sync();
    });
    const register = excel.snapshot("Register");
    expect(register.cells.find((cell) => cell.row === 4 && cell.column === 0)?.value).toBe("R3");
    expect(register.cells.find((cell) => cell.row === 2 && cell.column === 0)).toMatchObject({
      value: null,
      format: { fill: "#FFFF00" },
    });
    expect(excel.snapshot("Links").cells[0]?.formula).toBe("=SUM(Register!B2:B9)");
  });

  it("refuses to delete part of a row, which it does not model", async () => {
    const excel = workbook();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Register").getRange("A3:B3").delete("Up");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "NotImplemented" });
  });
});
