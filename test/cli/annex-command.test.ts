import { existsSync } from "node:fs";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { aRow, cli, sampleCopy, sha256, tempFolder, writeRegister } from "./cli-fixtures";

describe("jiu-register annex", () => {
  const folder = tempFolder("jiu-cli-annex-");
  let sample = "";
  beforeAll(() => {
    sample = sampleCopy(folder);
  });
  afterAll(() => folder.dispose());

  it.each([
    ["en", ["Annex I", "Annex II", "Annex III"]],
    ["zh", ["附件一", "附件二", "附件三"]],
  ])(
    "writes Annexes I-III in %s after the register's sheets, leaving the input as it was",
    async (lang, names) => {
      const before = sha256(sample);
      const output = folder.path(`annex-${lang}.xlsx`);
      const run = await cli("annex", sample, "-o", output, "--lang", lang, "--as-of", "2023-02-28");
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        `Wrote ${output}: a copy of ${sample} with sheets ${names.map((name) => `'${name}'`).join(", ")} added.\n`,
      );
      expect(sha256(sample)).toBe(before);
      const [input, written] = await Promise.all([readWorkbookGrid(sample), readWorkbookGrid(output)]);
      expect(written.sheets.map((sheet) => sheet.name)).toEqual([
        ...input.sheets.map((sheet) => sheet.name),
        ...names,
      ]);
      expect(written.sheets.slice(0, input.sheets.length)).toEqual(input.sheets);
    },
  );

  it("needs -o", async () => {
    const run = await cli("annex", sample);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("annex writes a workbook: give it with -o OUT.xlsx.");
    expect(run.stderr).toContain("Usage:");
  });

  it("refuses a register with errors unless --force, listing the errors", async () => {
    const faulty = await writeRegister(folder.path("faulty.xlsx"), [aRow({ "Report symbol": "JIU/REP/21" })]);
    const output = folder.path("faulty-annex.xlsx");
    const refused = await cli("annex", faulty, "-o", output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Row 2, Report symbol: .* \[E01-report-symbol\]/);
    expect(existsSync(output)).toBe(false);
    const forced = await cli("annex", faulty, "-o", output, "--force");
    expect(forced.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });
});
