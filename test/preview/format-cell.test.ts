import { formatCellText } from "../../src/preview/workbook/format-cell";

describe("formatCellText", () => {
  it.each([
    [null, "General", ""],
    ["=SUM(A1)", "General", "=SUM(A1)"],
    [true, "General", "TRUE"],
    [42, "General", "42"],
    [0.1 + 0.2, "General", "0.3"],
    [0.256, "0%", "26%"],
    [0.256, "0.0%", "25.6%"],
    [1234.5, "#,##0", "1,235"],
    [1234.5, "0.00", "1234.50"],
    [44985, "yyyy-mm-dd", "2023-02-28"],
    [44985, "dd/mm/yyyy", "28/02/2023"],
    [44985, "d mmmm yyyy", "28 February 2023"],
    [44985, 'yyyy"年"m"月"d"日"', "2023年2月28日"],
    [44985, "[$-409]General", "44985"],
    [5, "0;(0)", "5"],
  ])("shows %p under %p as %p", (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  it("shows an impossible date serial as a number rather than a wrong date", () => {
    expect(formatCellText(-3, "yyyy-mm-dd")).toBe("-3");
  });
});
