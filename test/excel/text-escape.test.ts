import fc from "fast-check";
import { excelInput, needsApostrophe } from "../../src/excel/text-escape";
import { createMemoryExcel } from "../../dev/memory-excel";

/** Writes strings through `excelInput` the way the adapter does, and reads what Excel made of them. */
async function roundTrip(texts: readonly string[]): Promise<{ value: unknown; formula: unknown }[]> {
  const excel = createMemoryExcel({ sheets: [{ name: "Out" }] });
  return excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Out").getRangeByIndexes(0, 0, texts.length, 1);
    range.values = texts.map((text) => [excelInput(text)]);
    range.load(["values", "formulas"]);
    await context.sync();
    const formulas = range.formulas;
    return range.values.map((row, i) => ({ value: row[0], formula: formulas[i]?.[0] }));
  });
}

describe("excelInput", () => {
  const risky = [
    "=1+1",
    "+1",
    "-1",
    "-x",
    "@SUM(A1)",
    "'lead",
    "''two",
    "#N/A",
    "#REF!",
    "\t=1",
    "\r=1",
    "\n=1",
    " =1",
  ];
  const lookAlike = ["12", "-3.5", "1,234", "45%", "2023-02-28", "2/28/2023", "TRUE", "false", "$5", ".5"];

  it.each([...risky, ...lookAlike])("keeps %j as the same text", async (text) => {
    expect(await roundTrip([text])).toEqual([{ value: text, formula: text }]);
  });

  it.each(["Accepted", "JIU/REP/2021/6", "建议登记册", "Recommendation 1", "a=b", "x-1", ""])(
    "leaves %j without an apostrophe",
    (text) => {
      expect(needsApostrophe(text)).toBe(false);
      expect(excelInput(text)).toBe(text);
    },
  );

  it("writes numbers as numbers and null as an empty cell", () => {
    expect(excelInput(12.5)).toBe(12.5);
    expect(excelInput(null)).toBe("");
  });

  it("turns no string into anything but the same text", async () => {
    const prefixes = fc.constantFrom("", "=", "+", "-", "@", "'", "#", "\t", "\r\n", " ", "1", "TRUE");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(prefixes, fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 20 }),
        async (parts) => {
          const texts = parts.map(([prefix, rest]) => prefix + rest).filter((text) => text !== "");
          if (texts.length === 0) return;
          const read = await roundTrip(texts);
          expect(read.map((cell) => cell.value)).toEqual(texts);
          expect(read.map((cell) => cell.formula)).toEqual(texts);
        },
      ),
      { numRuns: 300 },
    );
  });
});
