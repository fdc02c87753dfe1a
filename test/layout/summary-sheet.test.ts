import type { RecommendationId } from "../../src/core/model";
import { recommendationId } from "../../src/core/parse";
import type { SheetLayout } from "../../src/layout/model";
import { decisionText, layoutSummarySheet, STATUS_COLUMNS } from "../../src/layout";
import { statusLabel } from "../../src/labels/labels";
import { aSymbol } from "../fixtures";
import { aSummary, aYearRow } from "./fixtures";
import { cellTexts, problemsOf, rowStarting, styleAt } from "./well-formed";

function chartTable(sheet: SheetLayout, id: string): (string | number | null)[][] {
  const chart = sheet.charts.find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  const { row, column, rowCount, columnCount } = chart.source;
  return sheet.values.slice(row, row + rowCount).map((cells) => cells.slice(column, column + columnCount));
}

describe("the summary sheet", () => {
  it.each(["en", "zh"] as const)("is well formed in %s", (lang) => {
    const sheet = layoutSummarySheet(
      aSummary({
        organization: "WIPO",
        plannedReviews: [{ row: 2, code: "A457", title: "Racism review", workPlanYear: 2021 }],
        timeliness: { onTime: 3, late: 1, pending: 1, overdue: 0 },
      }),
      lang,
    );
    expect(problemsOf(sheet)).toEqual([]);
    expect(sheet.kind).toBe("summary");
    expect(sheet.name).toBe(lang === "en" ? "Summary" : "摘要");
    expect(sheet.page).toEqual({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: { first: 0, last: 1 },
      showGridlines: false,
      margins: { left: 36, right: 36, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    });
  });

  it("titles the sheet with the organization and the date", () => {
    const sheet = layoutSummarySheet(aSummary({ organization: "WIPO" }), "en");
    expect(sheet.values[0]?.[0]).toBe(
      "WIPO: progress report on the implementation of the recommendations of the Joint Inspection Unit (JIU)",
    );
    expect(sheet.values[1]?.[0]).toBe("Status as of 28 February 2023");
    const anonymous = layoutSummarySheet(aSummary(), "zh");
    expect(anonymous.values[0]?.[0]).toBe("联合检查组（联检组）建议的落实进展报告");
    expect(anonymous.values[1]?.[0]).toBe("截至 2023 年 2 月 28 日的情况");
  });

  it("states paragraph 8 with the outstanding counts", () => {
    const summary = aSummary({ outstanding: { legislative: 1, executiveHead: 4 } });
    expect(cellTexts(layoutSummarySheet(summary, "zh"))).toContain(
      "截至 2023 年 2 月 28 日，本报告中所载的建议如获成员国核可，将有一项给立法机构的建议以及四项给行政首长的建议为未完成。",
    );
    expect(cellTexts(layoutSummarySheet(summary, "en"))).toContain(
      "As of 28 February 2023, should the Member States endorse the assessments contained in this report, the outstanding recommendations would number 1 to the legislative bodies and 4 to the executive head.",
    );
  });

  it("gives each addressee a table by year and status that its chart reads", () => {
    const summary = aSummary();
    const sheet = layoutSummarySheet(summary, "en");
    expect(sheet.charts.map((chart) => chart.id)).toEqual(["legislative", "executiveHead"]);
    expect(chartTable(sheet, "legislative")).toEqual([
      [null, ...STATUS_COLUMNS.map((status) => statusLabel(status, "en"))],
      [2020, 0, 1, 0, 0, 0, 0],
      [2021, 1, 0, 0, 0, 0, 0],
    ]);
    expect(chartTable(sheet, "executiveHead")).toEqual([
      [
        null,
        "Implemented",
        "In progress",
        "Not started",
        "Under consideration",
        "Not accepted",
        "Not relevant",
      ],
      [2020, 0, 0, 0, 0, 1, 0],
      [2021, 2, 1, 0, 0, 0, 0],
    ]);
    for (const chart of sheet.charts) {
      expect(chart.type).toBe("columnStacked");
      expect(chart.seriesColors).toHaveLength(STATUS_COLUMNS.length);
      // The table's total column sits right of the source; its total row right below it.
      const totalHeader = sheet.values[chart.source.row]?.[chart.source.column + chart.source.columnCount];
      expect(totalHeader).toBe("Total");
      expect(sheet.values[chart.source.row + chart.source.rowCount]?.[0]).toBe("Total");
      // The chart sits below its table.
      expect(chart.anchor.row).toBeGreaterThan(chart.source.row + chart.source.rowCount);
    }
    const executive = sheet.charts[1];
    expect(executive && sheet.values[executive.source.row + 2]?.[7]).toBe(3);
  });

  it("titles the charts like Figures 1 and 2, with the span of the data's years", () => {
    const sheet = layoutSummarySheet(
      aSummary({
        byYear: [
          aYearRow(2021, "legislative", { implemented: 1 }),
          aYearRow(2018, "legislative", { inProgress: 2 }),
        ],
      }),
      "en",
    );
    expect(sheet.charts.map((chart) => chart.title)).toEqual([
      "JIU recommendations to legislative bodies, 2018–2021: status as of 28 February 2023",
    ]);
    expect(cellTexts(sheet)).toContain(
      "Figure 1. JIU recommendations to legislative bodies, 2018–2021: status as of 28 February 2023",
    );
    // No executive-head rows: no chart, a line that says so.
    expect(cellTexts(sheet)).toContain("No recommendations to show for this addressee.");
    const zh = layoutSummarySheet(aSummary(), "zh");
    expect(zh.charts.map((chart) => chart.title)).toEqual([
      "2020 年-2021 年向立法机构提出的联检组建议 截至 2023 年 2 月 28 日的情况",
      "2020 年-2021 年向行政首长提出的联检组建议 截至 2023 年 2 月 28 日的情况",
    ]);
    const single = layoutSummarySheet(aSummary({ byYear: [aYearRow(2021, "executiveHead")] }), "zh");
    expect(single.charts[0]?.title).toBe("2021 年向行政首长提出的联检组建议 截至 2023 年 2 月 28 日的情况");
  });

  it("states how the charts look, so that every writer draws the same chart", () => {
    const sheet = layoutSummarySheet(
      aSummary({ byYear: [aYearRow(2020, "executiveHead", { implemented: 8, inProgress: 1 })] }),
      "zh",
    );
    const chart = sheet.charts[0];
    expect(chart).toMatchObject({
      titleFontSize: 12,
      fontSize: 9,
      legendPosition: "bottom",
      gapWidth: 60,
      // Counts inside the segments, zeros hidden; white on the dark blue of "implemented", black on light blue.
      dataLabels: { numberFormat: "0;;;", fontSize: 8, bold: true },
      // The tallest column holds 9: steps of 2, never 2.5.
      valueAxis: { majorUnit: 2, numberFormat: "0" },
    });
    expect(chart?.dataLabels?.fontColors?.slice(0, 2)).toEqual(["#FFFFFF", "#000000"]);
    expect(chart?.dataLabels?.fontColors).toHaveLength(STATUS_COLUMNS.length);
  });

  it("aligns the tables of counts at the bottom (one baseline for numbers and Chinese), text tables in the middle", () => {
    const sheet = layoutSummarySheet(
      aSummary({
        timeliness: { onTime: 1, late: 0, pending: 0, overdue: 0 },
        plannedReviews: [
          { row: 2, code: "A457", title: "审查联合国系统内防止和处理种族主义", workPlanYear: 2021 },
        ],
      }),
      "zh",
    );
    const figure = sheet.charts[0]?.source;
    if (!figure) throw new Error("no figure");
    for (let row = figure.row + 1; row <= figure.row + figure.rowCount; row++) {
      for (let column = 0; column < 8; column++) expect(styleAt(sheet, row, column).vertical).toBe("bottom");
    }
    expect(styleAt(sheet, rowStarting(sheet, "全部建议"), 6).vertical).toBe("bottom");
    expect(styleAt(sheet, rowStarting(sheet, "按时回应"), 3).vertical).toBe("bottom");
    expect(styleAt(sheet, rowStarting(sheet, "A457"), 0).vertical).toBe("center");
    expect(styleAt(sheet, rowStarting(sheet, "A457"), 6).vertical).toBe("center");
  });

  it("shows the rates as numbers formatted as percentages", () => {
    const sheet = layoutSummarySheet(aSummary(), "en");
    const row = rowStarting(sheet, "All recommendations");
    expect(sheet.values[row]).toEqual(["All recommendations", null, 10, 9, 6, 0.9, 0.75, null]);
    expect(styleAt(sheet, row, 5).numberFormat).toBe("0%");
    expect(styleAt(sheet, row, 6).numberFormat).toBe("0%");
    const executive = rowStarting(sheet, "Executive head");
    expect(sheet.values[executive]?.[5]).toBe("n/a");
  });

  it("lists the draft decision's lines after its opening words", () => {
    const summary = aSummary({
      proposedForClosure: [
        { report: aSymbol("JIU/REP/2021/6"), recommendations: ids(4) },
        { report: aSymbol("JIU/REP/2020/8"), recommendations: ids(1, 5, 8, 9) },
      ],
    });
    const sheet = layoutSummarySheet(summary, "en");
    const intro = sheet.values.findIndex((row) => String(row[0]).startsWith("welcomes and endorses"));
    expect(sheet.values.slice(intro + 1, intro + 3).map((row) => row[0])).toEqual(
      decisionText(summary, "en"),
    );
    expect(decisionText(summary, "en")).toEqual([
      "JIU/REP/2021/6 (recommendation 4);",
      "JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);",
    ]);
    const none = layoutSummarySheet(aSummary({ proposedForClosure: [] }), "en");
    expect(cellTexts(none)).toContain("No recommendation is proposed for closure.");
  });

  it("adds Table 1 only when the workbook has requests, and Table 2 only with planned reviews", () => {
    const bare = cellTexts(layoutSummarySheet(aSummary(), "en"));
    expect(bare.some((text) => text.startsWith("Table 1."))).toBe(false);
    expect(bare.some((text) => text.startsWith("Table 2."))).toBe(false);

    const sheet = layoutSummarySheet(
      aSummary({
        organization: "WIPO",
        plannedReviews: [
          { row: 2, code: "A457", title: "Racism review", workPlanYear: 2021 },
          { row: 3, code: "A468", title: "Non-staff review", workPlanYear: null },
        ],
        timeliness: { onTime: 6, late: 1, pending: 1, overdue: 0 },
      }),
      "en",
    );
    const texts = cellTexts(sheet);
    expect(texts).toContain("Table 1. Summary dashboard: timeliness of responses");
    expect(texts).toContain("Table 2. JIU reviews planned for 2023 that concern WIPO");
    const onTime = rowStarting(sheet, "Answered on time");
    expect(sheet.values[onTime]?.slice(3, 5)).toEqual([6, 0.75]);
    expect(styleAt(sheet, onTime, 4).numberFormat).toBe("0%");
    expect(sheet.values[rowStarting(sheet, "A457")]).toEqual([
      "A457",
      "Racism review",
      null,
      null,
      null,
      null,
      "Programme of work 2021",
      null,
    ]);
    expect(sheet.values[rowStarting(sheet, "A468")]?.[6]).toBeNull();
  });

  it("keeps text that looks like a formula as literal text", () => {
    const sheet = layoutSummarySheet(aSummary({ organization: '=HYPERLINK("http://evil")' }), "en");
    expect(String(sheet.values[0]?.[0])).toMatch(/^=HYPERLINK/);
  });

  it("is deterministic and leaves its input alone", () => {
    const summary = deepFreeze(aSummary({ timeliness: { onTime: 1, late: 0, pending: 0, overdue: 0 } }));
    expect(layoutSummarySheet(summary, "zh")).toEqual(layoutSummarySheet(summary, "zh"));
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function ids(...numbers: number[]): RecommendationId[] {
  return numbers.map((number) => recommendationId(number));
}
