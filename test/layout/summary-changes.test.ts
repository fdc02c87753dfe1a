import type { ChangesSinceLastReport, StatusChange } from "../../src/core/summary-types";
import { layoutSummarySheet } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { anId, aSymbol, iso } from "../fixtures";
import { aSummary } from "./fixtures";
import { problemsOf, rowStarting } from "./well-formed";

function aChange(overrides: Partial<StatusChange> = {}): StatusChange {
  return {
    report: aSymbol("JIU/REP/2021/6"),
    recommendation: anId(4)!,
    addressee: "executiveHead",
    row: 7,
    from: "inProgress",
    to: "implemented",
    ...overrides,
  };
}

function changesOf(overrides: Partial<ChangesSinceLastReport> = {}): ChangesSinceLastReport {
  return {
    basis: "previousColumns",
    previousAsOf: null,
    changes: [
      aChange(),
      aChange({ report: aSymbol("JIU/REP/2019/8"), from: null, to: "notAccepted", addressee: "legislative" }),
    ],
    newlyImplemented: 1,
    newlyAccepted: 0,
    outstandingFiveYearsOrMore: 3,
    ...overrides,
  };
}

/** The non-empty values of the row whose first cell is `first`. */
function rowValues(sheet: SheetLayout, first: string): (string | number)[] {
  const row = rowStarting(sheet, first);
  return (sheet.values[row] ?? []).filter(
    (value): value is string | number => value !== null && value !== "",
  );
}

describe("the summary sheet's changes since the last report", () => {
  it.each(["en", "zh"] as const)("is well formed in %s, with or without a trend", (lang) => {
    const trend = [
      { asOf: iso("2022-02-28"), legislative: 3, executiveHead: 9 },
      { asOf: iso("2023-02-28"), legislative: 1, executiveHead: 4 },
    ];
    for (const summary of [
      aSummary({ changes: changesOf() }),
      aSummary({ changes: changesOf(), outstandingTrend: trend }),
    ]) {
      expect(problemsOf(layoutSummarySheet(summary, lang))).toEqual([]);
    }
  });

  it("lists the counts and each change, from → to, after the rates", () => {
    const sheet = layoutSummarySheet(aSummary({ changes: changesOf() }), "en");
    const heading = rowStarting(sheet, "Changes since the last report");
    expect(heading).toBeGreaterThan(rowStarting(sheet, "Acceptance and implementation rates"));
    expect(sheet.values[heading + 1]?.[0]).toBe(
      "Compared with the statuses of the last report, as the register's previous-status columns record them.",
    );
    expect(rowValues(sheet, "Newly implemented")).toEqual(["Newly implemented", 1]);
    expect(rowValues(sheet, "Newly accepted")).toEqual(["Newly accepted", 0]);
    expect(rowValues(sheet, "Outstanding for five years or more")).toEqual([
      "Outstanding for five years or more",
      3,
    ]);
    expect(rowValues(sheet, "Report")).toEqual([
      "Report",
      "No.",
      "Previous status",
      "Current status",
      "Addressed to",
    ]);
    expect(rowValues(sheet, "JIU/REP/2021/6")).toEqual([
      "JIU/REP/2021/6",
      "4",
      "In progress",
      "Implemented",
      "Executive head",
    ]);
    expect(rowValues(sheet, "JIU/REP/2019/8")).toEqual([
      "JIU/REP/2019/8",
      "4",
      "Not in the last report",
      "Not accepted",
      "Legislative bodies",
    ]);
  });

  it("says which History cycle it compares with, and when nothing changed", () => {
    const sheet = layoutSummarySheet(
      aSummary({
        changes: changesOf({
          basis: "history",
          previousAsOf: iso("2022-02-28"),
          changes: [],
          newlyImplemented: 0,
        }),
      }),
      "zh",
    );
    const heading = rowStarting(sheet, "自上次报告以来的变化");
    expect(sheet.values[heading + 1]?.[0]).toBe(
      "与“报告历史”工作表所记录的截至 2022 年 2 月 28 日的周期中的状态相比较。",
    );
    expect(rowStarting(sheet, "自上次报告以来，没有任何建议的状态发生变化。")).toBeGreaterThan(heading);
  });

  it("shows n/a, not a zero, for what is not known, and lists nothing", () => {
    const sheet = layoutSummarySheet(aSummary(), "en");
    expect(rowValues(sheet, "Newly implemented")).toEqual(["Newly implemented", "n/a"]);
    expect(rowValues(sheet, "Outstanding for five years or more")).toEqual([
      "Outstanding for five years or more",
      0,
    ]);
    expect(rowStarting(sheet, "Report")).toBe(-1);
  });
});

describe("a very long list of changes", () => {
  it("lists the first 500 and says how many more there are; the counts stay those of them all", () => {
    const many = Array.from({ length: 620 }, (_, index) =>
      aChange({ recommendation: anId(index + 1)!, row: index + 2 }),
    );
    const summary = aSummary({ changes: changesOf({ changes: many, newlyImplemented: 620 }) });
    const sheet = layoutSummarySheet(summary, "en");
    expect(sheet.values.filter((row) => row[0] === "JIU/REP/2021/6")).toHaveLength(500);
    expect(
      rowStarting(
        sheet,
        "… and 120 more recommendations whose status changed (the first 500 are listed here).",
      ),
    ).toBeGreaterThan(rowStarting(sheet, "Report"));
    expect(rowValues(sheet, "Newly implemented")).toEqual(["Newly implemented", 620]);
    const all = layoutSummarySheet(aSummary({ changes: changesOf({ changes: many.slice(0, 500) }) }), "en");
    expect(all.values.some((row) => String(row[0] ?? "").startsWith("…"))).toBe(false);
  });
});

describe("the summary sheet's outstanding trend (Figure 3)", () => {
  const trend = [
    { asOf: iso("2021-02-28"), legislative: 5, executiveHead: 12 },
    { asOf: iso("2022-02-28"), legislative: 3, executiveHead: 9 },
    { asOf: iso("2023-02-28"), legislative: 1, executiveHead: 4 },
  ];

  it("is a line chart reading a table of cycles by addressee, after Figure 2", () => {
    const sheet = layoutSummarySheet(aSummary({ outstandingTrend: trend }), "en");
    const chart = sheet.charts.find((candidate) => candidate.id === "trend");
    expect(chart).toMatchObject({
      type: "line",
      title: "Outstanding JIU recommendations by reporting cycle, 2021–2023",
      xAxisTitle: "Reporting cycle (status as of)",
      seriesColors: ["#2F5597", "#ED7D31"],
      valueAxis: { majorUnit: 2, numberFormat: "0" },
    });
    const { row, rowCount, columnCount } = chart!.source;
    expect(columnCount).toBe(3);
    expect(sheet.values.slice(row, row + rowCount).map((cells) => cells.slice(0, 3))).toEqual([
      [null, "Legislative bodies", "Executive head"],
      ["28 February 2021", 5, 12],
      ["28 February 2022", 3, 9],
      ["28 February 2023", 1, 4],
    ]);
    expect(
      sheet.values[
        rowStarting(sheet, "Figure 3. Outstanding JIU recommendations by reporting cycle, 2021–2023")
      ],
    ).toBeDefined();
    const figure2 = sheet.charts.find((candidate) => candidate.id === "executiveHead");
    expect(chart!.anchor.row).toBeGreaterThan(figure2!.anchor.row);
  });

  it("is absent without a History sheet", () => {
    const sheet = layoutSummarySheet(aSummary(), "en");
    expect(sheet.charts.map((chart) => chart.type)).toEqual(["columnStacked", "columnStacked"]);
  });
});
