import { isDateFormat } from "../../src/excel/date-format";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "m/d/yyyy",
    "d-mmm-yy",
    "dd/mm/yyyy",
    "mmmm yyyy",
    "[$-409]d mmmm yyyy;@",
    '[$-zh-CN]yyyy"年"m"月"d"日"',
    "yyyy/m/d h:mm",
    "[$-F800]dddd, mmmm dd, yyyy",
    "mmm",
  ])("%j shows a date", (format) => expect(isDateFormat(format)).toBe(true));

  it.each([
    "General",
    "0",
    "0.00",
    "#,##0",
    "0%",
    "0.0E+00",
    "@",
    "h:mm",
    "h:mm:ss AM/PM",
    "[h]:mm",
    "mm:ss",
    '"Day "0',
    '0" days"',
    "[Red]0;[Blue]-0",
    '#,##0 "yen"',
  ])("%j does not", (format) => expect(isDateFormat(format)).toBe(false));
});
