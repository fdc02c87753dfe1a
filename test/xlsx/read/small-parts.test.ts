import { cellName, parseCellRef, parseRange } from "../../../src/xlsx/read/cell-ref";
import { isBuiltInDateFormat, isDateFormatCode } from "../../../src/xlsx/read/date-formats";
import { decodeOoxmlText } from "../../../src/xlsx/read/ooxml-text";
import { resolvePartPath } from "../../../src/xlsx/read/relationships";

describe("cell references", () => {
  it.each([
    ["A1", { row: 1, column: 1 }],
    ["AB12", { row: 12, column: 28 }],
    ["$C$3", { row: 3, column: 3 }],
    ["xfd1048576", { row: 1_048_576, column: 16_384 }],
  ])("reads %s", (text, ref) => {
    expect(parseCellRef(text)).toEqual(ref);
    expect(cellName(ref)).toBe(text.replace(/\$/g, "").toUpperCase());
  });

  it.each(["", "A", "12", "A0", "XFE1", "A1048577", "A1:B2"])("refuses %j", (text) => {
    expect(parseCellRef(text)).toBeNull();
  });

  it("orders a range's corners", () => {
    expect(parseRange("C5:A1")).toEqual({ first: { row: 1, column: 1 }, last: { row: 5, column: 3 } });
    expect(parseRange("B2")).toEqual({ first: { row: 2, column: 2 }, last: { row: 2, column: 2 } });
  });
});

describe("date formats", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["d mmm yyyy", true],
    ["mmmm", true],
    ['[$-804]yyyy"年"m"月"d"日"', true],
    ["[$-409]dddd, mmmm d, yyyy;@", true],
    ["m/d/yy h:mm", true],
    ["h:mm", false],
    ["mm:ss", false],
    ["[h]:mm:ss", false],
    ["0.00%", false],
    ["0.00E+00", false],
    ["General", false],
    ['0" days"', false],
    ["[Red]0.0", false],
    ["@", false],
  ])("%s shows a date: %s", (code, isDate) => {
    expect(isDateFormatCode(code)).toBe(isDate);
  });

  it.each([
    [14, true],
    [22, true],
    [31, true],
    [57, true],
    [0, false],
    [9, false],
    [20, false],
    [49, false],
  ])("built-in format %i shows a date: %s", (id, isDate) => {
    expect(isBuiltInDateFormat(id)).toBe(isDate);
  });
});

describe("OOXML text", () => {
  it.each([
    ["plain", "plain"],
    ["a_x000D_b", "a\rb"],
    ["_x005F_x000D_", "_x000D_"],
    ["_x00e9_t_x00E9_", "été"],
    ["_x12_", "_x12_"],
  ])("decodes %j", (text, decoded) => {
    expect(decodeOoxmlText(text)).toBe(decoded);
  });
});

describe("part paths", () => {
  it.each([
    ["xl/worksheets/sheet1.xml", "../tables/table1.xml", "xl/tables/table1.xml"],
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/workbook.xml", "./worksheets/my%20sheet.xml", "xl/worksheets/my sheet.xml"],
  ])("from %s, %s is %s", (source, target, resolved) => {
    expect(resolvePartPath(source, target)).toBe(resolved);
  });
});
