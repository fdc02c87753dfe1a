import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import type { ColumnId } from "../../../src/core/model";
import { planRollover, type RolloverOutcome, type RolloverPlan } from "../../../src/core/rollover";
import { rolloverRefusalMessage } from "../../../src/labels/rollover-message";
import { aGrid, ALL_COLUMNS, aSheet, dateCell, iso, parseRegister, type RowSpec } from "../../fixtures";

const AS_OF = iso("2023-02-28");
const HEADER = [
  "Cycle as of",
  "Report",
  "Recommendation",
  "Addressee",
  "Acceptance",
  "Implementation",
  "Assessment",
  "Responsible",
];

function plan(grid: WorkbookGrid, confirmed = false): RolloverOutcome {
  return planRollover(parseRegister(grid), grid, AS_OF, { confirmed });
}

function planned(grid: WorkbookGrid): RolloverPlan {
  const outcome = plan(grid);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.refusal)}`);
  return outcome.plan;
}

function withSheets(rows: readonly RowSpec[], extra: WorkbookGrid["sheets"], columns?: readonly ColumnId[]) {
  return aGrid(rows, { extraSheets: extra, ...(columns ? { columns } : {}) });
}

function historySheet(rows: readonly (readonly CellValue[])[], header: readonly CellValue[] = HEADER) {
  return aSheet("History", [header, ...rows]);
}

const column = (id: ColumnId) => ALL_COLUMNS.indexOf(id) + 1;

describe("planRollover", () => {
  it("appends one History row per recommendation, with the header, to a new History sheet", () => {
    const result = planned(aGrid([{}, { implementation: "In progress", acceptance: "Accepted" }]));
    // Not "History": Excel reserves that sheet name.
    expect(result.history).toMatchObject({
      sheet: "Reporting history",
      createSheet: true,
      firstRow: 1,
      recommendationRows: 2,
    });
    expect(result.history.rows[0]).toEqual(HEADER);
    expect(result.history.rows[2]).toEqual([
      dateCell("2023-02-28"),
      "JIU/REP/2021/3",
      2,
      "Executive head",
      "Accepted",
      "In progress",
      "Reported to Member States in the 2020/21 Performance Report.",
      "Chief Security Officer",
    ]);
  });

  it("copies current statuses into the previous columns, changed cells only, and clears assessment updated", () => {
    const result = planned(
      aGrid([
        { previousAcceptance: "Accepted", previousImplementation: "Implemented" },
        { implementation: "In progress", previousImplementation: "Not started", assessmentUpdated: "Yes" },
      ]),
    );
    expect(result.createdColumns).toEqual([]);
    expect(result.registerWrites).toEqual([
      { column: column("previousImplementation"), cells: [{ row: 3, value: "In progress" }] },
      { column: column("assessmentUpdated"), cells: [{ row: 3, value: "No" }] },
    ]);
    expect(result.counts).toEqual({
      recommendations: 2,
      previousValuesChanged: 1,
      assessmentUpdatedCleared: 1,
      archived: 0,
    });
  });

  it("creates absent previous columns at the register's right, with headers in the register's language", () => {
    const columns = ALL_COLUMNS.filter(
      (id) => id !== "previousAcceptance" && id !== "previousImplementation",
    );
    const result = planned(aGrid([{}], { columns, headers: "zh" }));
    expect(result.language).toBe("zh");
    expect(result.history.sheet).toBe("报告历史");
    expect(result.createdColumns).toEqual([
      { id: "previousAcceptance", column: columns.length + 1, header: "之前接受情况" },
      { id: "previousImplementation", column: columns.length + 2, header: "之前落实情况" },
    ]);
    expect(result.registerWrites[0]).toEqual({
      column: columns.length + 1,
      cells: [{ row: 2, value: "Accepted" }],
    });
  });

  it("refuses when a created column would cover a cell of the person's", () => {
    const columns = ALL_COLUMNS.filter((id) => id !== "previousAcceptance");
    const grid = aGrid([{}], { columns });
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const cells = sheet.cells.map((row, index) => (index === 1 ? [...row, "my note"] : row));
    const outcome = plan({ sheets: [{ ...sheet, cells }] });
    expect(outcome).toEqual({
      ok: false,
      refusal: { code: "noRoomForColumns", sheet: "Register", column: columns.length + 1 },
    });
  });

  it("refuses a register with errors", () => {
    expect(plan(aGrid([{ acceptance: "Acepted" }]))).toEqual({
      ok: false,
      refusal: { code: "registerHasErrors", errors: 1 },
    });
  });

  it("refuses a second roll-over for the same as-of date, and an earlier date", () => {
    const row = [
      dateCell("2023-02-28"),
      "JIU/REP/2021/3",
      1,
      "Executive head",
      "Accepted",
      "Implemented",
      "",
      "",
    ];
    expect(plan(withSheets([{}], [historySheet([row])]))).toEqual({
      ok: false,
      refusal: { code: "alreadyRolledOver", asOf: AS_OF, sheet: "History" },
    });
    const later = [dateCell("2024-01-31"), ...row.slice(1)];
    expect(plan(withSheets([{}], [historySheet([later])]))).toMatchObject({
      ok: false,
      refusal: { code: "asOfBeforeLastCycle", lastCycle: "2024-01-31" },
    });
  });

  it("appends after History's last row when the previous statuses match its last cycle", () => {
    const last = [
      dateCell("2022-02-28"),
      "JIU/REP/2021/3",
      1,
      "Executive head",
      "Accepted",
      "In progress",
      "",
      "",
    ];
    const older = [
      dateCell("2021-02-28"),
      "JIU/REP/2021/3",
      1,
      "Executive head",
      "Accepted",
      "Not started",
      "",
      "",
    ];
    const result = planned(withSheets([{}], [historySheet([older, last])]));
    expect(result.history).toMatchObject({
      sheet: "History",
      createSheet: false,
      firstRow: 4,
      recommendationRows: 1,
    });
    expect(result.history.rows).toHaveLength(1);
  });

  it("asks for confirmation, naming the rows, when previous statuses differ from History's last cycle", () => {
    const last = [
      dateCell("2022-02-28"),
      "JIU/REP/2021/3",
      2,
      "Executive head",
      "Accepted",
      "Not started",
      "",
      "",
    ];
    const grid = withSheets([{}, {}, { recommendationNumber: 9 }], [historySheet([last])]);
    expect(plan(grid)).toEqual({
      ok: false,
      refusal: { code: "previousDiffersFromHistory", lastCycle: "2022-02-28", rows: [3], sheet: "Register" },
    });
    expect(plan(grid, true).ok).toBe(true);
  });

  it("reports a hand-edited History sheet with row and column, and does not write to it", () => {
    const bad = ["last year", "JIU/REP/2021/3", 1, "Executive head", "Accepted", "Implemented", "", ""];
    const outcome = plan(withSheets([{}], [historySheet([bad])]));
    expect(outcome).toMatchObject({
      ok: false,
      refusal: {
        code: "historyUnreadable",
        sheet: "History",
        problems: [
          {
            row: 2,
            column: { header: "Cycle as of", columnNumber: 1 },
            message: { id: "history.cycleNotDate" },
          },
        ],
      },
    });
    if (outcome.ok || outcome.refusal.code !== "historyUnreadable") throw new Error("not refused");
    expect(outcome.refusal.problems).toHaveLength(1);
    expect(rolloverRefusalMessage(outcome.refusal, "en")).toBe(
      'The next cycle was not started: the sheet "History" was edited by hand and is left as it is. Correct it: ' +
        "row 2, column \"Cycle as of\": Cycle as of 'last year' is not a date; type the cycle's as-of date as a date (e.g. 2023-02-28). Until then this row counts in no cycle.",
    );
    const missing = plan(
      withSheets(
        [{}],
        [
          historySheet(
            [],
            HEADER.filter((h) => h !== "Responsible"),
          ),
        ],
      ),
    );
    expect(missing).toMatchObject({ ok: false, refusal: { code: "historyUnreadable", sheet: "History" } });
  });

  it("keeps a Status-column register's phrase under Implementation and copies it into Previous status", () => {
    const columns: ColumnId[] = [
      "reportSymbol",
      "reportTitle",
      "recommendationNumber",
      "addressee",
      "recommendationText",
      "assessment",
      "status",
      "previousStatus",
      "responsible",
    ];
    const result = planned(
      aGrid([{ status: "Partially implemented", previousStatus: "Under consideration" }], { columns }),
    );
    expect(result.history.rows[1]?.slice(4, 6)).toEqual([null, "Partially implemented"]);
    expect(result.registerWrites).toEqual([
      { column: 8, cells: [{ row: 2, value: "Partially implemented" }] },
    ]);
  });

  it("does not modify its inputs", () => {
    const grid = aGrid([{ assessmentUpdated: "Yes" }]);
    const before = JSON.stringify(grid);
    planned(grid);
    expect(JSON.stringify(grid)).toBe(before);
  });
});
