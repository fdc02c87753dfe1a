import path from "node:path";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { bodyParagraphs, SAMPLES, sampleReport, textOf } from "../docx/docx-reading";
import { action, DESKTOP, excelWith, fingerprints } from "./support";
import { aGrid } from "../fixtures";

describe("createReportDocument in Excel", () => {
  it("builds from the open workbook the document the CLI's pipeline builds, and changes no sheet", async () => {
    const grid = await readWorkbookGrid(path.join(SAMPLES, "wipo-2023.xlsx"));
    const { excel, api } = excelWith(grid, DESKTOP);
    const names = grid.sheets.map((sheet) => sheet.name);
    const before = fingerprints(excel, names);
    const outcome = await api.createReportDocument(action({ language: "zh" }));
    expect(outcome.refusedFindings).toBeNull();
    expect(fingerprints(excel, names)).toEqual(before);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);

    const zip = await JSZip.loadAsync(outcome.bytes as Uint8Array);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const fromPane = bodyParagraphs(new DOMParser().parseFromString(xml, "text/xml")).map(textOf);
    const fromCli = bodyParagraphs((await sampleReport("wipo-2023.xlsx", "2023-02-28", "zh")).document).map(
      textOf,
    );
    expect(fromPane).toEqual(fromCli);
    expect(zip.file(/^word\/charts\/chart\d+\.xml$/)).toHaveLength(2);
  }, 60_000);

  it("refuses a register with errors unless forced", async () => {
    const { api } = excelWith(aGrid([{ reportSymbol: "JIU/REP/21" }, {}]), DESKTOP);
    const refused = await api.createReportDocument(action());
    expect(refused.bytes).toBeNull();
    expect(refused.refusedFindings?.map((finding) => finding.rule)).toContain("E01-report-symbol");
    const forced = await api.createReportDocument(action({ force: true }));
    expect(forced.bytes?.byteLength).toBeGreaterThan(1000);
  }, 60_000);
});
