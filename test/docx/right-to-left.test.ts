/**
 * Issue 15: a report in a right-to-left language (Arabic) is a right-to-left Word document: every paragraph
 * bidirectional (w:bidi), every run right to left (w:rtl), every table's columns from the right
 * (w:bidiVisual), Arabic the complex-script language.
 */
import path from "node:path";
import type { Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { readReportDetails } from "../../src/core/parse/report-sheet";
import { summarize } from "../../src/core/summarize";
import { reportDocxBytes } from "../../src/docx/write-docx";
import { layoutReportDocument } from "../../src/layout/document";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { children, elements, SAMPLES, W, xmlPart } from "./docx-reading";

async function writtenAs(lang: "en" | "ar") {
  const grid = await readWorkbookGrid(path.join(SAMPLES, "wipo-2023-en.xlsx"));
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error("sample unreadable");
  const summary = summarize(outcome.register, "2023-02-28" as IsoDate);
  const layout = layoutReportDocument(outcome.register, summary, readReportDetails(grid), lang);
  const bytes = await reportDocxBytes(layout);
  const zip = await JSZip.loadAsync(bytes);
  return { document: await xmlPart(zip, "word/document.xml"), styles: await xmlPart(zip, "word/styles.xml") };
}

const has = (element: Element, property: string, local: string) =>
  children(element, W, property).some((props) => children(props, W, local).length > 0);

describe(".docx: a right-to-left report", () => {
  it("marks every paragraph bidi, every text run rtl and every table bidiVisual", async () => {
    const { document } = await writtenAs("ar");
    const paragraphs = elements(document, W, "p");
    const runs = elements(document, W, "r").filter((run) => elements(run, W, "t").length > 0);
    const tables = elements(document, W, "tbl");
    expect(paragraphs.length).toBeGreaterThan(50);
    expect(tables.length).toBeGreaterThan(2);
    expect(paragraphs.filter((p) => !has(p, "pPr", "bidi")).length).toBeLessThanOrEqual(1); // the closing empty one
    expect(runs.filter((r) => !has(r, "rPr", "rtl"))).toEqual([]);
    expect(tables.filter((t) => !has(t, "tblPr", "bidiVisual"))).toEqual([]);
  });

  it("names Arabic as the complex-script language", async () => {
    const { styles } = await writtenAs("ar");
    expect(elements(styles, W, "lang").some((lang) => lang.getAttributeNS(W, "bidi") === "ar-SA")).toBe(true);
  });

  it("leaves a left-to-right report without any of them", async () => {
    const { document } = await writtenAs("en");
    expect(elements(document, W, "bidi")).toEqual([]);
    expect(elements(document, W, "rtl")).toEqual([]);
    expect(elements(document, W, "bidiVisual")).toEqual([]);
  });
});
