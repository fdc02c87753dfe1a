import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { ChartSpec } from "../../../src/layout/model";
import { addSheetsToXlsx } from "../../../src/xlsx/write";
import { anInputWorkbook, aSheetLayout } from "../write/fixtures";

const run = promisify(execFile);
const SCRIPT = resolve(__dirname, "../../../scripts/render-xlsx.sh");
const TOOLS = [
  "/usr/bin/soffice",
  "/usr/bin/pdftoppm",
  "/usr/bin/pdfinfo",
  "/usr/bin/pdftotext",
  "/usr/bin/pdffonts",
];
/** LibreOffice is a system package (see .ci/run); without it there is nothing to render with. */
const describeWithLibreOffice = TOOLS.every((tool) => existsSync(tool)) ? describe : describe.skip;

describeWithLibreOffice("scripts/render-xlsx.sh (LibreOffice)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "jiu-render-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("opens the written workbook, prints every sheet with its chart and Chinese text, and makes PNGs", async () => {
    const chinese = aSheetLayout({ name: "摘要", kind: "summary" });
    const chart = { ...(chinese.charts[0] as ChartSpec), title: "向立法机构提出的联检组建议" };
    const values = chinese.values.map((row, i) => (i === 3 ? ["年份", "已实施", "正在实施", null] : row));
    const { xlsx } = await addSheetsToXlsx(await anInputWorkbook(), [
      { ...chinese, values, charts: [chart] },
    ]);
    const inputPath = join(dir, "report.xlsx");
    await writeFile(inputPath, xlsx);

    await run(SCRIPT, [inputPath, join(dir, "out")], { timeout: 120_000 });

    const pdf = join(dir, "out", "report.pdf");
    const { stdout: info } = await run("pdfinfo", [pdf]);
    expect(info).toMatch(/Pages:\s+3\b/);
    const { stdout: lastPage } = await run("pdftotext", ["-f", "3", "-l", "3", pdf, "-"]);
    expect(lastPage).toContain("Summary as of 28 February 2023");
    expect(lastPage).toContain("=1+1");
    expect(lastPage).toContain("向立法机构提出的联检组建议"); // the chart's title: the chart was drawn
    expect(lastPage).toContain("正在实施"); // in the table and the chart's legend
    const { stdout: fonts } = await run("pdffonts", [pdf]);
    expect(fonts).toMatch(/CJK/);
    expect((await readdir(join(dir, "out"))).filter((name) => name.endsWith(".png")).sort()).toEqual([
      "report-1.png",
      "report-2.png",
      "report-3.png",
    ]);
  }, 120_000);
});
