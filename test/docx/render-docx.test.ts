import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { label } from "../../src/labels/labels";
import { outstandingSentence } from "../../src/layout";
import { sampleReport } from "./docx-reading";

const run = promisify(execFile);
const SCRIPT = resolve(__dirname, "../../scripts/render-xlsx.sh");

/**
 * LibreOffice opens the written report and prints it. Not skipped when LibreOffice is missing: the document
 * must open in a word processor, and .ci/run installs libreoffice-writer-nogui for this test.
 */
describe("the report document in LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "jiu-render-docx-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(["zh", "en"] as const)(
    "converts the %s report to PDF: paragraph 8, both charts drawn, the annexes, A4 pages",
    async (lang) => {
      const report = await sampleReport(
        lang === "zh" ? "wipo-2023.xlsx" : "wipo-2023-en.xlsx",
        "2023-02-28",
        lang,
      );
      const input = join(dir, `report-${lang}.docx`);
      await writeFile(input, report.bytes);
      await run(SCRIPT, [input, join(dir, lang), "40"], { timeout: 150_000 });

      const pdf = join(dir, lang, `report-${lang}.pdf`);
      const { stdout: info } = await run("pdfinfo", [pdf]);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(8);
      const { stdout: text } = await run("pdftotext", [pdf, "-"]);
      const flat = text.replace(/\s+/g, "");
      expect(flat).toContain(outstandingSentence(report.summary, lang).replace(/\s+/g, ""));
      // The axis title is drawn only inside the charts: once per chart means both were drawn.
      expect(text.split(label("chart.xAxis", lang)).length - 1).toBe(2);
      for (const id of ["annexI.heading", "annexII.heading", "document.end"] as const) {
        expect(flat).toContain(label(id, lang).replace(/\s+/g, ""));
      }
      if (lang === "zh") expect((await run("pdffonts", [pdf])).stdout).toMatch(/CJK/);
      expect((await readdir(join(dir, lang))).filter((name) => name.endsWith(".png"))).toHaveLength(pages);
    },
    150_000,
  );
});
