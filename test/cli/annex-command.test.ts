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
      const listed = names.map((name) => `'${name}'`).join(", ");
      expect(run.stdout).toBe(
        lang === "en"
          ? `Wrote ${output}: a copy of ${sample} with sheets ${listed} added.\n`
          : `已写出 ${output}：${sample} 的副本，添加了工作表 ${listed}。\n`,
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
    const faulty = await writeRegister(folder.path("faulty.xlsx"), [
      aRow({ "Report symbol": "JIU/REP/21" }),
      aRow({ "Recommendation no.": 2 }),
    ]);
    const output = folder.path("faulty-annex.xlsx");
    const refused = await cli("annex", faulty, "-o", output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Row 2, Report symbol: .* \[E01-report-symbol\]/);
    expect(existsSync(output)).toBe(false);
    const forced = await cli("annex", faulty, "-o", output, "--force");
    expect(forced.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });

  it("stops with exit 2 and one line, even with --force, when no row of the register can be counted", async () => {
    const unreadable = await writeRegister(folder.path("unreadable.xlsx"), [
      aRow({ "Report symbol": "JIU/REP/21" }),
      aRow({ "Addressed to": "Somebody" }),
    ]);
    const output = folder.path("unreadable-annex.xlsx");
    for (const extra of [[], ["--force"]]) {
      const run = await cli("annex", unreadable, "-o", output, ...extra);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain("none of the 2 rows of the register (sheet 'Register') can be counted");
      expect(run.stderr).toContain("jiu-register validate");
      expect(existsSync(output)).toBe(false);
    }
  });
});
