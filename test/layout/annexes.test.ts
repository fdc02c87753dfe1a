import type { Recommendation } from "../../src/core/model";
import { summarize } from "../../src/core/summarize";
import { layoutAnnexes, layoutRecommendationAnnex } from "../../src/layout";
import { annexContents } from "../../src/core/summarize";
import type { SheetLayout } from "../../src/layout/model";
import { aRecommendation, aSymbol, registerOf } from "../fixtures";
import { annexBlocks, blockRow, yearHeadings } from "./annex-reading";
import { singleLineWidth } from "../../src/layout/text-metrics";
import { AS_OF, anActiveReport, aSummary } from "./fixtures";
import { cellTexts, problemsOf, styleAt } from "./well-formed";

/** Outstanding (in progress, previously not started) unless overridden. */
function outstanding(
  report: string,
  number: number,
  overrides: Partial<Recommendation> = {},
): Recommendation {
  return aRecommendation({
    report,
    number,
    reportTitle: `Title of ${report}`,
    reportLink: `https://www.unjiu.org/${report}`,
    implementation: "inProgress",
    previousImplementation: "notStarted",
    ...overrides,
  });
}

let nextRow = 2;
function rows(recs: Recommendation[]): Recommendation[] {
  return recs.map((rec) => ({ ...rec, row: nextRow++ }));
}

const REGISTER = registerOf(
  rows([
    outstanding("JIU/REP/2020/8", 9),
    outstanding("JIU/REP/2021/2", 7, { addressee: "legislative" }),
    outstanding("JIU/REP/2020/8", 1),
    outstanding("JIU/REP/2021/6", 4),
    outstanding("JIU/REP/2019/5", 1, { previousImplementation: "inProgress", assessmentUpdated: true }),
    outstanding("JIU/REP/2021/2", 1),
    // Closed before and now: in no annex.
    outstanding("JIU/REP/2021/6", 2, {
      implementation: "implemented",
      previousImplementation: "implemented",
    }),
    // Closed now, outstanding before: shown, with its previous status.
    outstanding("JIU/REP/2018/6", 4, { implementation: "implemented", previousImplementation: "inProgress" }),
  ]),
);

function annexes(lang: "en" | "zh" = "en"): SheetLayout[] {
  return layoutAnnexes(REGISTER, summarize(REGISTER, AS_OF), lang);
}

describe("Annexes I and II", () => {
  it.each(["en", "zh"] as const)("are well formed and named in %s", (lang) => {
    const sheets = annexes(lang);
    expect(sheets.map((sheet) => sheet.kind)).toEqual(["annexI", "annexII", "annexIII"]);
    expect(sheets.map((sheet) => sheet.name)).toEqual(
      lang === "en" ? ["Annex I", "Annex II", "Annex III"] : ["附件一", "附件二", "附件三"],
    );
    for (const sheet of sheets) {
      expect(problemsOf(sheet)).toEqual([]);
      expect(sheet.page.orientation).toBe("portrait");
      expect(sheet.page.paperSize).toBe("A4");
      expect(sheet.page.fitToWidth).toBe(true);
      expect(sheet.page.showGridlines).toBe(false);
      expect(sheet.page.printTitleRows).not.toBeNull();
    }
  });

  it("orders years and reports newest first, recommendations by number", () => {
    const [annexI, annexII] = annexes();
    expect(annexI && annexBlocks(annexI)).toEqual(["JIU/REP/2021/2#7"]);
    expect(annexII && annexBlocks(annexII)).toEqual([
      "JIU/REP/2021/6#4",
      "JIU/REP/2021/2#1",
      "JIU/REP/2020/8#1",
      "JIU/REP/2020/8#9",
      "JIU/REP/2019/5#1",
      "JIU/REP/2018/6#4",
    ]);
    expect(annexII && yearHeadings(annexII)).toEqual([
      "I. Recommendations arising from JIU reviews conducted in 2021",
      "II. Recommendations arising from JIU reviews conducted in 2020",
      "III. Recommendations arising from JIU reviews conducted in 2019",
      "IV. Recommendations arising from JIU reviews conducted in 2018",
    ]);
    const zh = annexes("zh")[1];
    expect(zh && yearHeadings(zh)[0]).toBe("一、联检组在 2021 年开展的审查中提出的建议");
    expect(zh?.values[0]?.[0]).toBe("联合检查组（联检组）向联检组参与组织行政首长提出的建议");
    expect(zh?.values[1]?.[0]).toBe("——截至 2023 年 2 月 28 日的情况");
  });

  it("writes each recommendation as a block of label/value rows with the note beside it", () => {
    const annexII = annexes()[1];
    if (!annexII) throw new Error("no Annex II");
    const row = blockRow(annexII, "JIU/REP/2018/6", 4);
    expect(annexII.values.slice(row, row + 5).map((cells) => cells.slice(0, 2))).toEqual([
      [
        "Recommendation 4",
        "Executive heads should report on the cybersecurity framework of their organization.",
      ],
      ["Management/focal point assessment", "Reported to Member States in the 2020/21 Performance Report."],
      ["Acceptance", "Accepted"],
      ["Implementation", "Implemented"],
      ["Responsible", "Chief Security Officer"],
    ]);
    expect(annexII.values[row]?.[2]).toBe("Previously 'In progress'");
    expect(annexII.merges).toContainEqual({ row, column: 2, rowCount: 5, columnCount: 1 });
    expect(styleAt(annexII, row + 2, 2)).toMatchObject({ italic: true, fill: "#DDEBF7" });
    expect(styleAt(annexII, row + 1, 0)).toMatchObject({ fill: "#F2F2F2", border: "thin" });

    const unchanged = blockRow(annexII, "JIU/REP/2019/5", 1);
    expect(annexII.values[unchanged]?.[2]).toBe("No change from previous status; assessment updated");
    const started = blockRow(annexII, "JIU/REP/2020/8", 1);
    expect(annexII.values[started]?.[2]).toBe("Previously 'Not started'");
  });

  it("leaves the note cell empty when nothing changed", () => {
    const register = registerOf([
      outstanding("JIU/REP/2021/6", 4, { previousImplementation: "inProgress", assessmentUpdated: false }),
    ]);
    const annex = layoutRecommendationAnnex(
      annexContents(register, "executiveHead"),
      aSummary(),
      "executiveHead",
      "en",
    );
    const row = blockRow(annex, "JIU/REP/2021/6", 4);
    expect(annex.values.slice(row, row + 5).map((cells) => cells[2])).toEqual([null, null, null, null, null]);
    expect(annex.merges.some((merge) => merge.column === 2)).toBe(false);
  });

  it("heads each report with its symbol, its title in quotes and a link", () => {
    const annexI = annexes("zh")[0];
    if (!annexI) throw new Error("no Annex I");
    const header = annexI.values.findIndex((row) => row[0] === "JIU/REP/2021/2");
    expect(annexI.values[header]).toEqual(["JIU/REP/2021/2", "“Title of JIU/REP/2021/2”", "链接"]);
    expect(annexI.hyperlinks).toEqual([
      { row: header, column: 2, address: "https://www.unjiu.org/JIU/REP/2021/2", text: "链接" },
    ]);
  });

  it.each([
    ["javascript:alert(1)", null],
    ["ftp://www.unjiu.org/report.pdf", null],
    ["www.unjiu.org/report.pdf", null],
    ["file:///C:/reports/report.pdf", null],
    ["mailto:jiu@un.org", null],
    ["https://www.unjiu.org/report.pdf", "https://www.unjiu.org/report.pdf"],
    ["http://www.unjiu.org/report.pdf", "http://www.unjiu.org/report.pdf"],
  ])("makes a hyperlink of %j only when it is absolute http(s)", (link, address) => {
    const register = registerOf([outstanding("JIU/REP/2021/6", 4, { reportLink: link })]);
    const annex = layoutRecommendationAnnex(
      annexContents(register, "executiveHead"),
      aSummary(),
      "executiveHead",
      "en",
    );
    expect(problemsOf(annex)).toEqual([]);
    expect(annex.hyperlinks.map((hyperlink) => hyperlink.address)).toEqual(address ? [address] : []);
    // A link that cannot be clicked is still shown, as text.
    expect(cellTexts(annex)).toContain(address ? "Link" : link);
  });

  it("keeps register text that looks like a formula literal", () => {
    const register = registerOf([
      outstanding("JIU/REP/2021/6", 4, { text: "=1+1", assessment: "+SUM(A1:A2)", responsible: "@unit" }),
    ]);
    const annex = layoutRecommendationAnnex(
      annexContents(register, "executiveHead"),
      aSummary(),
      "executiveHead",
      "en",
    );
    expect(cellTexts(annex)).toEqual(expect.arrayContaining(["=1+1", "+SUM(A1:A2)", "@unit"]));
  });

  it("continues a text too long for one row on the rows below, label merged beside it", () => {
    const assessment = Array.from(
      { length: 8 },
      (_, i) => `Paragraph ${i}. ${"Progress was made. ".repeat(40)}`,
    ).join("\n");
    const register = registerOf([outstanding("JIU/REP/2021/6", 4, { assessment })]);
    const annex = layoutRecommendationAnnex(
      annexContents(register, "executiveHead"),
      aSummary(),
      "executiveHead",
      "en",
    );
    expect(problemsOf(annex)).toEqual([]);
    const first = annex.values.findIndex((row) => row[0] === "Management/focal point assessment");
    let last = first;
    while (annex.values[last + 1]?.[0] === null && annex.values[last + 1]?.[1] !== null) last++;
    expect(last).toBeGreaterThan(first);
    const pieces = annex.values.slice(first, last + 1).map((row) => row[1]);
    expect(pieces.join("\n")).toBe(assessment);
    expect(annex.merges).toContainEqual({
      row: first,
      column: 0,
      rowCount: last - first + 1,
      columnCount: 1,
    });
    expect(annex.values[last + 1]?.[0]).toBe("Acceptance");
  });

  it("says so when an annex has nothing to show", () => {
    const annex = layoutRecommendationAnnex([], aSummary(), "legislative", "en");
    expect(problemsOf(annex)).toEqual([]);
    expect(cellTexts(annex)).toContain("No recommendations to report.");
  });

  it("stays linear in size: a handful of styles and merges per recommendation", () => {
    const many = registerOf(
      Array.from({ length: 3000 }, (_, i) =>
        outstanding(`JIU/REP/${2000 + (i % 20)}/${1 + (i % 7)}`, 1 + Math.floor(i / 140), { row: i + 2 }),
      ),
    );
    const [annexI, annexII] = layoutAnnexes(many, summarize(many, AS_OF), "en");
    if (!annexII || !annexI) throw new Error("no annexes");
    expect(annexBlocks(annexII)).toHaveLength(3000);
    expect(annexII.styles.length).toBeLessThan(5 * 3000);
    expect(annexII.merges.length).toBeLessThan(2 * 3000);
    expect(problemsOf(annexII)).toEqual([]);
  });
});

describe("Annex III", () => {
  it("lists the active reports with links, counts, CEB comments and other documents", () => {
    const summary = aSummary({
      organization: "WIPO",
      activeReports: [
        {
          report: aSymbol("JIU/REP/2020/7"),
          title: "Blockchain applications in the United Nations system",
          link: "https://www.unjiu.org/rep-2020-7",
          legislative: 1,
          executiveHead: 2,
          cebComments: "https://www.unjiu.org/ceb-2020-7",
          otherDocuments: "Report highlights",
        },
        {
          report: aSymbol("JIU/REP/2018/4"),
          title: "Whistle-blower policies",
          link: "javascript:alert(1)",
          legislative: 0,
          executiveHead: 1,
          cebComments: "CEB comments and JIU response",
          otherDocuments: "https://www.unjiu.org/highlights-2018-4",
        },
      ],
    });
    const annex = layoutAnnexes(registerOf([]), summary, "en")[2];
    if (!annex) throw new Error("no Annex III");
    expect(problemsOf(annex)).toEqual([]);
    expect(annex.values[0]?.[0]).toBe("List of active JIU reports concerning WIPO as of 28 February 2023");
    const header = annex.values.findIndex((row) => row[0] === "Report symbol");
    expect(annex.page.printTitleRows).toEqual({ first: header, last: header });
    expect(annex.values[header]).toEqual([
      "Report symbol",
      "Link to JIU report",
      "Outstanding recommendations (legislative bodies and executive head)",
      "CEB comments",
      "Other documents",
    ]);
    expect(annex.values.slice(header + 1, header + 3)).toEqual([
      [
        "JIU/REP/2020/7",
        "Blockchain applications in the United Nations system",
        "1 legislative body\n2 executive head",
        "CEB comments",
        "Report highlights",
      ],
      [
        "JIU/REP/2018/4",
        "Whistle-blower policies",
        "1 executive head",
        "CEB comments and JIU response",
        "Link",
      ],
    ]);
    expect(annex.hyperlinks.map((link) => [link.row - header, link.column, link.address])).toEqual([
      [-2, 0, "https://www.unjiu.org/"],
      [1, 0, "https://www.unjiu.org/rep-2020-7"],
      [1, 3, "https://www.unjiu.org/ceb-2020-7"],
      [2, 4, "https://www.unjiu.org/highlights-2018-4"],
    ]);
  });

  it("writes the counts and headers in Chinese as the seed does", () => {
    const annex = layoutAnnexes(registerOf([]), aSummary(), "zh")[2];
    if (!annex) throw new Error("no Annex III");
    expect(annex.values[0]?.[0]).toBe("截至 2023 年 2 月 28 日的联检组有效报告清单");
    expect(cellTexts(annex)).toEqual(
      expect.arrayContaining([
        "报告文号",
        "联检组报告链接",
        "未完成建议数量 (立法机构和行政首长)",
        "1 立法机构",
      ]),
    );
  });

  it("sizes a link's column to print its words on one line, since LibreOffice does not wrap links", () => {
    const words = "首协会评论意见和检查组的回应";
    const annex = layoutAnnexes(
      registerOf([]),
      aSummary({
        activeReports: [
          anActiveReport("JIU/REP/2020/7", {
            cebComments: "https://www.unjiu.org/c1",
            cebCommentsText: "首协会评论意见",
          }),
          anActiveReport("JIU/REP/2018/4", {
            cebComments: "https://www.unjiu.org/c2",
            cebCommentsText: words,
          }),
        ],
      }),
      "zh",
    )[2];
    if (!annex) throw new Error("no Annex III");
    expect(problemsOf(annex)).toEqual([]);
    const link = annex.hyperlinks.find((candidate) => candidate.text === words);
    expect(link?.column).toBe(3);
    expect(annex.columnWidths[3]).toBeGreaterThanOrEqual(singleLineWidth(words, { fontSize: 10 }));
    // The title column gives up the room, so the sheet still prints at full size on A4.
    expect(annex.columnWidths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(523);
    // Short words keep the column at its usual width.
    const short = layoutAnnexes(registerOf([]), aSummary(), "zh")[2];
    expect(short?.columnWidths[3]).toBe(80);
  });

  it("shows the column's label instead of a link's words too long for one printed line", () => {
    const words = "首协会评论意见".repeat(4);
    const annex = layoutAnnexes(
      registerOf([]),
      aSummary({
        activeReports: [
          anActiveReport("JIU/REP/2018/4", {
            otherDocuments: "https://www.unjiu.org/d",
            otherDocumentsText: words,
          }),
        ],
      }),
      "en",
    )[2];
    if (!annex) throw new Error("no Annex III");
    const link = annex.hyperlinks.find((candidate) => candidate.address === "https://www.unjiu.org/d");
    expect(link?.text).toBe("Link");
    expect(annex.columnWidths[4]).toBeLessThan(singleLineWidth(words, { fontSize: 10 }));
  });

  it("centres its table's cells vertically", () => {
    const annex = layoutAnnexes(registerOf([]), aSummary(), "zh")[2];
    if (!annex) throw new Error("no Annex III");
    const header = annex.values.findIndex((row) => row[0] === "报告文号");
    for (let column = 0; column < annex.columnWidths.length; column++) {
      expect(styleAt(annex, header + 1, column).vertical).toBe("center");
    }
  });

  it("says so when no report is active", () => {
    const annex = layoutAnnexes(registerOf([]), aSummary({ activeReports: [] }), "en")[2];
    expect(annex && problemsOf(annex)).toEqual([]);
    expect(annex && cellTexts(annex)).toContain("No active JIU report has outstanding recommendations.");
  });
});
