import type { RuleId } from "../../../src/core/findings";
import { REQUIRED_COLUMNS } from "../../../src/core/parse";
import { ALL_COLUMNS, errorCell, type RowSpec } from "../../fixtures";
import { findingsFor, OUTSTANDING, rulesOf } from "./helpers";

type Case = readonly [description: string, row: RowSpec, expected: readonly RuleId[]];

const CASES: readonly Case[] = [
  ["W01 last updated after the as-of date", { lastUpdated: "2023-03-01" }, ["W01-last-updated-future"]],
  ["last updated on the as-of date", { lastUpdated: "2023-02-28" }, []],

  [
    "W02 deadline passed while in progress",
    { ...OUTSTANDING, deadline: "2023-02-27" },
    ["W02-deadline-overdue"],
  ],
  [
    "W02 deadline passed while under consideration",
    { acceptance: "Under consideration", implementation: null, deadline: "2022-01-01" },
    ["W02-deadline-overdue"],
  ],
  ["deadline on the as-of date", { ...OUTSTANDING, deadline: "2023-02-28" }, []],
  ["deadline passed but implemented", { deadline: "2020-01-01" }, []],
  [
    "deadline passed but not accepted",
    { acceptance: "Not accepted", implementation: null, deadline: "2020-01-01" },
    [],
  ],

  [
    "W03 went back from implemented",
    { ...OUTSTANDING, previousImplementation: "Implemented" },
    ["W03-implementation-regressed"],
  ],
  [
    "W03 went back, in Chinese",
    { ...OUTSTANDING, implementation: "正在落实", previousImplementation: "已落实" },
    ["W03-implementation-regressed"],
  ],
  ["still implemented", { previousImplementation: "Implemented" }, []],
  ["moved forward", { previousImplementation: "Not started" }, []],

  [
    "W04 outstanding five years after the review",
    { ...OUTSTANDING, reportSymbol: "JIU/REP/2018/4" },
    ["W04-long-outstanding"],
  ],
  ["W04 two-digit year", { ...OUTSTANDING, reportSymbol: "JIU/REP/98/3" }, ["W04-long-outstanding"]],
  ["outstanding four years after the review", { ...OUTSTANDING, reportSymbol: "JIU/REP/2019/5" }, []],
  ["closed five years after the review", { reportSymbol: "JIU/REP/2018/6" }, []],

  ["W05 outstanding without assessment", { ...OUTSTANDING, assessment: null }, ["W05-assessment-missing"]],
  [
    "W05 outstanding with a formula error in the assessment",
    { ...OUTSTANDING, assessment: errorCell() },
    ["W05-assessment-missing"],
  ],
  ["closed without assessment", { assessment: "" }, []],

  ["W08 unknown previous acceptance", { previousAcceptance: "Acepted" }, ["W08-previous-status"]],
  ["W08 unknown previous implementation", { previousImplementation: "done" }, ["W08-previous-status"]],
  [
    "W08 previous implementation while previously not accepted",
    { previousAcceptance: "Not accepted" },
    ["W08-previous-status"],
  ],
  ["W08 unknown assessment-updated value", { assessmentUpdated: "maybe" }, ["W08-previous-status"]],
  [
    "W08 formula error in a previous column",
    { previousImplementation: errorCell("#REF!") },
    ["W08-previous-status"],
  ],
  [
    "previous status in Chinese",
    { previousAcceptance: "已接受", previousImplementation: "正在落实", assessmentUpdated: "是" },
    [],
  ],
  [
    "previous status blank",
    { previousAcceptance: null, previousImplementation: null, assessmentUpdated: true },
    [],
  ],
  ["assessment updated marked x", { assessmentUpdated: "x" }, []],

  [
    "W09 formula error in a closed row's assessment",
    { assessment: errorCell("#VALUE!") },
    ["W09-formula-error"],
  ],
  ["W09 formula error in a closed row's responsible", { responsible: errorCell() }, ["W09-formula-error"]],
  [
    "E08 rather than W09 for an outstanding row's responsible",
    { ...OUTSTANDING, responsible: errorCell() },
    ["E08-responsible-missing"],
  ],
  ["E12 rather than W09 in a date column", { deadline: errorCell() }, ["E12-date"]],
  ["E11 rather than W09 in a link column", { reportLink: errorCell() }, ["E11-link"]],
  ["E10 rather than W09 in the title", { reportTitle: errorCell() }, ["E10-report-title"]],
];

describe("warnings", () => {
  it.each(CASES)("%s", (_description, row, expected) => {
    const findings = findingsFor([row]);
    expect(rulesOf(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.severity).toBe(finding.rule.startsWith("E") ? "error" : "warning");
    }
  });

  it("W09 reports a formula error in a column with no rule of its own", () => {
    const findings = findingsFor([{ organization: errorCell("#NAME?") }], {
      columns: ["organization", ...REQUIRED_COLUMNS],
    });
    expect(findings).toEqual([
      {
        sheet: "Register",
        row: 2,
        column: "Organization",
        columnNumber: 1,
        severity: "warning",
        rule: "W09-formula-error",
        message: "Organization: the cell shows #NAME?; fix the formula or type the value",
        messageId: "formulaError",
        params: { field: "organization", code: "#NAME?" },
      },
    ]);
  });

  it("reports one finding per formula error, whatever the column", () => {
    const everyCell = Object.fromEntries(ALL_COLUMNS.map((id) => [id, errorCell()]));
    const findings = findingsFor([everyCell]);
    expect(findings.map((finding) => finding.columnNumber)).toEqual(
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    expect(
      findings.every((finding) =>
        finding.message.includes("the cell shows #N/A; fix the formula or type the value"),
      ),
    ).toBe(true);
  });

  it("W01, W02 and W04 messages give the dates and years", () => {
    const findings = findingsFor([
      { lastUpdated: "2023-03-01" },
      { ...OUTSTANDING, deadline: "2022-12-31", reportSymbol: "JIU/REP/2018/4" },
    ]);
    expect(findings.map((finding) => finding.message)).toEqual([
      "Last updated 2023-03-01 is after the as-of date 2023-02-28; check the date, or report as of a later date",
      "Outstanding 5 years after the review (JIU/REP/2018/4, 2018), which the JIU counts as long-outstanding; plan its closure or explain the delay in the assessment",
      "Deadline 2022-12-31 has passed (as of 2023-02-28) and the recommendation is still outstanding; update its status or agree a new deadline",
    ]);
  });

  it("W03 names the status it went back to", () => {
    const [finding] = findingsFor([
      {
        acceptance: "Under consideration",
        implementation: null,
        deadline: null,
        previousImplementation: "Implemented",
      },
    ]);
    expect(finding).toMatchObject({
      column: "Acceptance",
      message:
        "Implementation went back from Implemented in the previous report to Under consideration; check the status, or explain the change in the assessment",
    });
  });

  it("the as-of date moves W01, W02 and W04", () => {
    const row = {
      ...OUTSTANDING,
      deadline: "2023-06-30",
      lastUpdated: "2023-03-01",
      reportSymbol: "JIU/REP/2019/5",
    };
    expect(rulesOf(findingsFor([row]))).toEqual(["W01-last-updated-future"]);
    expect(rulesOf(findingsFor([row], { asOf: "2024-01-01" }))).toEqual([
      "W04-long-outstanding",
      "W02-deadline-overdue",
    ]);
  });
});
