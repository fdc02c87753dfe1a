import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cli, SAMPLE, sha256, tempFolder } from "./cli-fixtures";

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => sheet.name);
}

/** Issue 13: printing the -o copy gave 23 register pages before the annex; --only-generated writes it alone. */
describe("-o --only-generated", () => {
  const folder = tempFolder("jiu-only-generated-");
  afterAll(() => folder.dispose());

  it("annex writes a workbook of Annexes I, II and III alone, the same sheets as in the full copy", async () => {
    const before = sha256(SAMPLE);
    const alone = folder.path("annex-alone.xlsx");
    const full = folder.path("annex-full.xlsx");
    const run = await cli("annex", SAMPLE, "-o", alone, "--only-generated", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Wrote ${alone}: sheets 'Annex I', 'Annex II', 'Annex III' generated from ${SAMPLE}, and no other sheet.\n`,
    );
    expect(await sheetNames(alone)).toEqual(["Annex I", "Annex II", "Annex III"]);
    expect(sha256(SAMPLE)).toBe(before);

    // The same sheets, cell for cell, as the copy with the register's sheets.
    expect((await cli("annex", SAMPLE, "-o", full, "--lang", "en")).code).toBe(0);
    const [a, b] = await Promise.all(
      [alone, full].map(async (path) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(path);
        return workbook;
      }),
    );
    expect((await sheetNames(full)).length).toBeGreaterThan(3);
    for (const name of ["Annex I", "Annex II", "Annex III"]) {
      const values = (workbook: ExcelJS.Workbook | undefined) =>
        workbook
          ?.getWorksheet(name)
          ?.getSheetValues()
          .map((row) => JSON.stringify(row)) ?? [];
      expect(values(a).length).toBeGreaterThan(5);
      expect(values(a)).toEqual(values(b));
    }
  }, 60_000);

  it("summary writes the Summary sheet alone, with its two native charts", async () => {
    const output = folder.path("summary-alone.xlsx");
    const run = await cli("summary", SAMPLE, "-o", output, "--only-generated", "--lang", "zh");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("由 " + SAMPLE + " 生成的工作表 '摘要'，不含其他工作表。");
    expect(await sheetNames(output)).toHaveLength(1);
    const zip = await JSZip.loadAsync(readFileSync(output));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
  }, 60_000);

  it("is refused without -o, with one line saying what to add", async () => {
    const run = await cli("summary", SAMPLE, "--only-generated");
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe("--only-generated says what -o writes: give -o OUT.xlsx too.");
  });
});
