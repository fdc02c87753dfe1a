import {
  RowDeletion,
  RowInsertion,
  shiftFormula,
  UnsafeFormulaError,
} from "../../../src/xlsx/write/row-shift";

/** Rows 5, 6 and 10 of "Register" deleted. */
const deletion = new RowDeletion([10, 5, 6]);
const onSheet = { sheet: "Register", onSheet: true };
const elsewhere = { sheet: "Register", onSheet: false };

describe("shiftFormula: references after rows are deleted, as Excel rewrites them", () => {
  it.each([
    ["a cell below moves up", "=B7", "=B5"],
    ["a cell above stays", "=B4", "=B4"],
    ["a deleted cell is #REF!", "=A5", "=#REF!"],
    ["a range loses its deleted rows", "=SUM(A2:A10)", "=SUM(A2:A7)"],
    ["a range wholly deleted is #REF!", "=$A$5:$B$6", "=#REF!"],
    ["absolute references move too", "=$B$11", "=$B$8"],
    ["whole rows", "=SUM(5:7)", "=SUM(5:5)"],
    ["whole columns have no row", "=SUM(A:A)", "=SUM(A:A)"],
    ["text is not a reference", '="A12"&A12', '="A12"&A9'],
    ["a function name with digits is not a cell", "=LOG10(A12)", "=LOG10(A9)"],
    [
      "a structured reference is left to the table",
      "=Recs[[#This Row],[A1]]+A11",
      "=Recs[[#This Row],[A1]]+A8",
    ],
    ["its own sheet named", "=Register!A12+'Other sheet'!A12", "=Register!A9+'Other sheet'!A12"],
    ["another workbook's cell is not this sheet's", "=[1]Register!A12", "=[1]Register!A12"],
  ])("%s: %s -> %s", (_what, formula, shifted) => {
    expect(shiftFormula(formula, deletion, onSheet)).toBe(shifted);
  });

  it("from another sheet, moves only the references to the sheet", () => {
    expect(shiftFormula("=A12+Register!A12+'Register'!A5", deletion, elsewhere)).toBe(
      "=A12+Register!A9+'Register'!#REF!",
    );
    expect(shiftFormula("='登记 册'!B12", deletion, { sheet: "登记 册", onSheet: false })).toBe(
      "='登记 册'!B9",
    );
  });

  it("counts a conditional format's relative rows from the range's new top", () => {
    // Rows 5 and 6 went: the range's top is now the old row 7, and sees itself.
    expect(shiftFormula("=$N5>0", deletion, { ...onSheet, anchor: { from: 5, to: 7 } })).toBe("=$N5>0");
    expect(shiftFormula("=$N$12>0", deletion, { ...onSheet, anchor: { from: 5, to: 7 } })).toBe("=$N$9>0");
  });

  it("refuses a 3-D reference through the sheet", () => {
    expect(() => shiftFormula("=SUM(First:Register!A1)", deletion, elsewhere)).toThrow(UnsafeFormulaError);
  });

  it("moves references down past inserted rows, and grows a range across them", () => {
    expect(shiftFormula("=SUM(A2:A7)+A4+A2", new RowInsertion(4, 2), onSheet)).toBe("=SUM(A2:A9)+A6+A2");
  });

  it("maps rows and ranges", () => {
    expect([4, 5, 7, 10, 11].map((row) => deletion.row(row))).toEqual([4, null, 5, null, 8]);
    expect(deletion.range(5, 6)).toBeNull();
    expect(deletion.range(4, 11)).toEqual([4, 8]);
  });
});
