import { existsSync } from "node:fs";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { aRow, cli, sampleCopy, sha256, tempFolder, writeRegister } from "./cli-fixtures";

describe("jiu-register report", () => {
  const folder = tempFolder("jiu-cli-report-");
  let sample = "";
  beforeAll(() => {
    sample = sampleCopy(folder);
  });
  afterAll(() => folder.dispose());

  it.each(["en", "zh"])(
    "writes the report in %s as a .docx with the cover's fields from the options, leaving the input as it was",
    async (lang) => {
      const before = sha256(sample);
      const output = folder.path(`report-${lang}.docx`);
      const run = await cli(
        "report",
        sample,
        "-o",
        output,
        "--lang",
        lang,
        "--as-of",
        "2023-02-28",
        "--committee",
        "Program and Budget Committee",
        "--symbol",
        "WO/PBC/35/2",
      );
      expect(run).toMatchObject({ code: 0, stderr: "" });
      expect(run.stdout).toBe(
        lang === "en"
          ? `Wrote ${output}: the progress report as of 2023-02-28, from ${sample}.\n`
          : `已写出 ${output}：截至 2023-02-28 的进展报告，依据 ${sample}。\n`,
      );
      expect(sha256(sample)).toBe(before);
      const zip = await JSZip.loadAsync(await readFile(output));
      const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
      expect(document).toContain("WO/PBC/35/2");
      expect(document).toContain("Program and Budget Committee");
    },
    60_000,
  );

  it("needs -o, and a .docx that is not the input", async () => {
    const none = await cli("report", sample);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("report writes a document: give it with -o REPORT.docx.");
    const xlsx = await cli("report", sample, "-o", folder.path("report.xlsx"));
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toBe(
      `The output file '${folder.path("report.xlsx")}' must end in .docx; choose a name such as report.docx.\n`,
    );
  });

  it("refuses a register with errors unless --force, as annex does", async () => {
    const faulty = await writeRegister(folder.path("faulty.xlsx"), [
      aRow({ "Report symbol": "JIU/REP/21" }),
      aRow({ "Recommendation no.": 2 }),
    ]);
    const output = folder.path("faulty.docx");
    const refused = await cli("report", faulty, "-o", output);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\[E01-report-symbol\]/);
    expect(existsSync(output)).toBe(false);
    const forced = await cli("report", faulty, "-o", output, "--force");
    expect(forced.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  }, 60_000);

  it("says in one line that a file is not a workbook (exit 2)", async () => {
    const text = folder.path("notes.xlsx");
    await import("node:fs/promises").then((fs) => fs.writeFile(text, "not a workbook"));
    const run = await cli("report", text, "-o", folder.path("x.docx"));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
