import JSZip from "jszip";
import type { IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { reportDocxBytes } from "../../src/docx/write-docx";
import { layoutReportDocument } from "../../src/layout/document";
import { aGrid } from "../fixtures";

const AS_OF = "2023-02-28" as IsoDate;

describe("user text in the report document", () => {
  it("stays text: formulas, field codes, control characters and non-web links are written as they read", async () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const field = '{ INCLUDETEXT "file:///etc/passwd" } DDEAUTO c:\\\\cmd';
    const grid = aGrid([
      {
        recommendationText: formula,
        assessment: `${field}\u0007 bell`,
        reportLink: "javascript:alert(1)",
        implementation: "In progress",
        previousImplementation: "Not started",
      },
    ]);
    const outcome = parseWorkbook(grid);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const summary = summarize(outcome.register, AS_OF);
    const bytes = await reportDocxBytes(
      layoutReportDocument(outcome.register, summary, { committee: "<b>Committee</b> & co" }, "en"),
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain(
      '<w:t xml:space="preserve">=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</w:t>',
    );
    expect(xml).toContain("{ INCLUDETEXT");
    expect(xml).toContain("\uFFFD bell");
    expect(xml).toContain("&lt;b&gt;Committee&lt;/b&gt; &amp; co");
    expect(xml).not.toMatch(/<w:(fldSimple|fldChar|instrText)\b/);
    const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
    expect(rels).not.toContain("javascript:");
    // The report's link is shown as plain text, never made clickable.
    expect(xml).toContain("javascript:alert(1)");
  });
});
