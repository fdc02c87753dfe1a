import {
  cycleRowsByKey,
  hasHistoryCycle,
  historyCycleDates,
  historyKey,
  HISTORY_HEADERS,
  HISTORY_SHEET_NAME,
  lastCycleByKey,
  lastHistoryCycle,
  readHistory,
  type History,
} from "../../../src/core/history";
import type { CellValue } from "../../../src/core/grid";
import { validate } from "../../../src/core/validate";
import { formatFindingMessage } from "../../../src/labels/finding-message";
import { sheetNameProblem } from "../../../src/xlsx/write/sheet-names";
import { aGrid, aSheet, anId, aSymbol, dateCell, errorCell, iso, parseRegister } from "../../fixtures";

const HEADER = Object.values(HISTORY_HEADERS.en);
const ZH_HEADER = Object.values(HISTORY_HEADERS.zh);

function historyRow(
  cycle: CellValue,
  report: CellValue,
  recommendation: CellValue,
  acceptance: CellValue = "Accepted",
  implementation: CellValue = "In progress",
  addressee: CellValue = "Executive head",
): CellValue[] {
  return [cycle, report, recommendation, addressee, acceptance, implementation, "Assessed", "CIO"];
}

function read(rows: CellValue[][], name = "Reporting history", header: CellValue[] = HEADER): History {
  const history = readHistory([aSheet("Register", [["x"]]), aSheet(name, [header, ...rows])], "Register");
  if (!history) throw new Error("no History read");
  return history;
}

describe("readHistory", () => {
  it('names the sheet it writes so that Excel takes it (Excel reserves "History"), and reads it back', () => {
    for (const name of Object.values(HISTORY_SHEET_NAME)) {
      expect(sheetNameProblem(name)).toBeNull();
      expect(readHistory([aSheet(name, [HEADER])])?.sheet).toBe(name);
    }
    expect(sheetNameProblem("History")).not.toBeNull();
    expect(HISTORY_SHEET_NAME).toMatchObject({ en: "Reporting history", zh: "报告历史" });
  });

  it("also reads a sheet named History or 历史, as a workbook made outside Excel may have", () => {
    expect(readHistory([aSheet(" history ", [HEADER])])?.sheet).toBe(" history ");
    expect(readHistory([aSheet("历史", [HEADER])])?.sheet).toBe("历史");
  });

  it("is null when the workbook has no History sheet", () => {
    expect(readHistory([aSheet("Register", [["x"]]), aSheet("Notes", [HEADER])], "Register")).toBeNull();
  });

  it("never reads the register's own sheet as the History", () => {
    expect(readHistory([aSheet("History", [HEADER])], "History")).toBeNull();
  });

  it("reads an empty History sheet as complete, with no cycles", () => {
    const history = readHistory([aSheet("History", [])]);
    expect(history).toMatchObject({ complete: true, rows: [], cycles: [], problems: [], lastRow: 0 });
  });

  it("groups rows by cycle, oldest first, with typed statuses", () => {
    const history = read([
      historyRow(dateCell("2023-02-28"), "JIU/REP/2021/6", 4, "Accepted", "Implemented"),
      historyRow(dateCell("2022-02-28"), "JIU/REP/2021/6", 4),
      historyRow(
        dateCell("2022-02-28"),
        "JIU/REP/2020/1",
        "3(a)",
        "Under consideration",
        null,
        "Legislative body",
      ),
      historyRow(dateCell("2023-02-28"), "JIU/REP/2020/1", "3(a)", "Not accepted", null, "Legislative body"),
    ]);
    expect(history.problems).toEqual([]);
    expect(historyCycleDates(history)).toEqual(["2022-02-28", "2023-02-28"]);
    expect(history.cycles[0]?.rows.map((row) => row.row)).toEqual([3, 4]);
    expect(history.lastRow).toBe(5);
    const last = lastCycleByKey(history);
    expect([...last.keys()]).toEqual(["JIU/REP/2021/6#4", "JIU/REP/2020/1#3(a)"]);
    expect(last.get(historyKey(aSymbol("JIU/REP/2021/6"), anId(4)!))).toMatchObject({
      acceptance: "accepted",
      implementation: "implemented",
      addressee: "executiveHead",
      assessment: "Assessed",
      responsible: "CIO",
    });
    expect(last.get("JIU/REP/2020/1#3(a)")).toMatchObject({
      acceptance: "notAccepted",
      implementation: null,
    });
    expect(hasHistoryCycle(history, iso("2022-02-28"))).toBe(true);
    expect(hasHistoryCycle(history, iso("2024-02-28"))).toBe(false);
    expect(lastHistoryCycle(history)?.asOf).toBe("2023-02-28");
  });

  it("reads the Chinese header and sheet name, and Chinese status words", () => {
    const history = read(
      [historyRow(dateCell("2023-02-28"), "JIU/REP/2021/6", 4, "已接受", "已落实", "行政首长")],
      "历史",
      ZH_HEADER,
    );
    expect(history.problems).toEqual([]);
    expect(history.rows[0]).toMatchObject({ acceptance: "accepted", implementation: "implemented" });
  });

  it("accepts ISO date text as a cycle date (it is unambiguous)", () => {
    const history = read([historyRow("2023-02-28", "JIU/REP/2021/6", 4)]);
    expect(history.problems).toEqual([]);
    expect(historyCycleDates(history)).toEqual(["2023-02-28"]);
  });

  it("reports a header with missing columns on its row, reads nothing, and is not complete", () => {
    const header = HEADER.filter((name) => name !== "Acceptance" && name !== "Report");
    const history = read([["2023-02-28", "JIU/REP/2021/6"]], "History", header);
    expect(history.complete).toBe(false);
    expect(history.rows).toEqual([]);
    expect(history.problems).toEqual([
      expect.objectContaining({
        scope: "sheet",
        row: 1,
        message: {
          id: "history.missingColumns",
          params: { sheet: "History", fields: "history.report,history.acceptance", count: 2 },
        },
      }),
    ]);
  });

  it("a History sheet with no recognisable header is reported as lacking every column", () => {
    const history = read([["notes"]], "History", ["Some notes"]);
    expect(history.complete).toBe(false);
    expect(history.problems[0]?.message.params.count).toBe(8);
  });

  it("reports each unreadable cell with its row and column, and keeps the row", () => {
    const history = read([
      historyRow("28/02/2023", "JIU/REP/2021/6", 4),
      historyRow(dateCell("2023-02-28"), "JIU/REP/21/6", "four", "Acepted", "Done", "Somebody"),
      historyRow(null, "JIU/REP/2021/6", 5),
      historyRow(dateCell("2023-02-28"), errorCell(), 6, null, null),
      historyRow(45000, "JIU/REP/2021/6", 7),
    ]);
    const found = history.problems.map((problem) => [
      problem.row,
      problem.column?.header,
      problem.message.id,
    ]);
    expect(found).toEqual([
      [2, "Cycle as of", "history.cycleNotDate"],
      [3, "Report", "reportSymbol.invalid"],
      [3, "Recommendation", "recommendationNumber.invalid"],
      [3, "Addressee", "unknownWord"],
      [3, "Acceptance", "unknownStatus"],
      [3, "Implementation", "unknownStatusOrBlank"],
      [4, "Cycle as of", "history.cycleMissing"],
      [5, "Report", "formulaError"],
      [5, "Acceptance", "missingChoice"],
      [6, "Cycle as of", "history.cycleNotDate"],
    ]);
    expect(history.rows).toHaveLength(5);
    expect(history.cycles.flatMap((cycle) => cycle.rows.map((row) => row.row))).toEqual([3, 5]);
    expect(history.problems.every((problem) => problem.column?.columnNumber !== undefined)).toBe(true);
  });

  it("reports a recommendation listed twice in one cycle; the first row counts", () => {
    const history = read([
      historyRow(dateCell("2023-02-28"), "JIU/REP/2021/6", 4, "Accepted", "Implemented"),
      historyRow(dateCell("2023-02-28"), "JIU/REP/2021/6", "4", "Accepted", "Not started"),
      historyRow(dateCell("2022-02-28"), "JIU/REP/2021/6", 4),
    ]);
    expect(history.problems.map((problem) => [problem.row, problem.message.id])).toEqual([
      [3, "history.duplicate"],
    ]);
    expect(cycleRowsByKey(lastHistoryCycle(history)).get("JIU/REP/2021/6#4")?.implementation).toBe(
      "implemented",
    );
  });
});

describe("the History through parse and validate", () => {
  it("parseWorkbook carries the History; validate reports its problems as W13/W14 on its sheet", () => {
    const grid = aGrid([{}]);
    const withHistory = {
      sheets: [...grid.sheets, aSheet("History", [HEADER, historyRow("soon", "JIU/REP/2021/6", 4)])],
    };
    const register = parseRegister(withHistory);
    expect(register.history?.rows).toHaveLength(1);
    const findings = validate(register, iso("2023-02-28")).filter((finding) => finding.sheet === "History");
    expect(findings).toEqual([
      expect.objectContaining({
        row: 2,
        column: "Cycle as of",
        columnNumber: 1,
        severity: "warning",
        rule: "W14-history-row",
        messageId: "history.cycleNotDate",
      }),
    ]);
    expect(formatFindingMessage(findings[0]!.messageId, findings[0]!.params, "en")).toBe(
      "Cycle as of 'soon' is not a date; type the cycle's as-of date as a date (e.g. 2023-02-28). Until then this row counts in no cycle",
    );
  });

  it("renders the missing-columns message with the columns in the reader's language", () => {
    const grid = aGrid([{}]);
    const register = parseRegister({
      sheets: [...grid.sheets, aSheet("历史", [ZH_HEADER.slice(0, 6)])],
    });
    const finding = validate(register, iso("2023-02-28")).find((item) => item.rule === "W13-history-sheet");
    expect(finding).toMatchObject({ sheet: "历史", row: 1, columnNumber: 0, severity: "warning" });
    expect(formatFindingMessage(finding!.messageId, finding!.params, "zh")).toContain("缺少评估 和 负责方");
    expect(formatFindingMessage(finding!.messageId, finding!.params, "en")).toContain(
      "its header lacks Assessment and Responsible",
    );
  });

  it("a register without a History sheet has none", () => {
    expect(parseRegister(aGrid([{}])).history).toBeUndefined();
  });
});
