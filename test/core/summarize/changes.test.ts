import type { CellValue } from "../../../src/core/grid";
import { HISTORY_HEADERS } from "../../../src/core/history";
import type { ColumnId } from "../../../src/core/model";
import { summarize } from "../../../src/core/summarize";
import { aGrid, ALL_COLUMNS, aSheet, dateCell, iso, parseRegister, type RowSpec } from "../../fixtures";

const AS_OF = iso("2023-02-28");
const WITHOUT_PREVIOUS: readonly ColumnId[] = ALL_COLUMNS.filter(
  (id) => id !== "previousAcceptance" && id !== "previousImplementation",
);

function historySheet(rows: readonly (readonly CellValue[])[]) {
  return aSheet("History", [Object.values(HISTORY_HEADERS.en), ...rows.map((row) => [...row])]);
}

/** A History row: cycle, report, recommendation, addressee, acceptance, implementation. */
function cycleRow(
  cycle: string,
  report: string,
  number: number,
  acceptance: string,
  implementation: string | null,
  addressee = "Executive head",
): CellValue[] {
  return [dateCell(cycle), report, number, addressee, acceptance, implementation, "", ""];
}

const summaryOf = (rows: readonly RowSpec[], options: Parameters<typeof aGrid>[1] = {}) =>
  summarize(parseRegister(aGrid(rows, options)), AS_OF);

describe("changes since the last report", () => {
  it("from the previous-status columns: each change from → to, newest report first, and the counts", () => {
    const { changes } = summaryOf([
      // 2021/3 no. 1: In progress → Implemented (VALID_ROW).
      {},
      // Unchanged: In progress → In progress.
      { implementation: "In progress", deadline: null },
      // Under consideration → Accepted, not started.
      {
        reportSymbol: "JIU/REP/2022/1",
        implementation: "Not started",
        previousAcceptance: "Under consideration",
        previousImplementation: null,
        deadline: null,
      },
      // Reported for the first time, already implemented.
      { reportSymbol: "JIU/REP/2017/2", previousAcceptance: null, previousImplementation: null },
      // Outstanding for six years, unchanged.
      {
        reportSymbol: "JIU/REP/2017/2",
        implementation: "In progress",
        previousImplementation: "In progress",
        deadline: null,
      },
    ]);
    expect(changes.basis).toBe("previousColumns");
    expect(
      changes.changes.map(({ report, recommendation, from, to }) => [
        report.text,
        recommendation.text,
        from,
        to,
      ]),
    ).toEqual([
      ["JIU/REP/2022/1", "3", "underConsideration", "notStarted"],
      ["JIU/REP/2021/3", "1", "inProgress", "implemented"],
      ["JIU/REP/2017/2", "4", null, "implemented"],
    ]);
    expect(changes).toMatchObject({ newlyImplemented: 2, newlyAccepted: 2, outstandingFiveYearsOrMore: 1 });
  });

  it("from the History's last cycle up to the as-of date when the register has no previous columns", () => {
    const grid = aGrid(
      [
        {},
        { implementation: "In progress", deadline: null },
        {
          reportSymbol: "JIU/REP/2022/1",
          recommendationNumber: 1,
          acceptance: "Not accepted",
          implementation: null,
        },
      ],
      {
        columns: WITHOUT_PREVIOUS,
        extraSheets: [
          historySheet([
            cycleRow("2021-02-28", "JIU/REP/2021/3", 1, "Under consideration", null),
            cycleRow("2022-02-28", "JIU/REP/2021/3", 1, "Accepted", "In progress"),
            cycleRow("2022-02-28", "JIU/REP/2021/3", 2, "Accepted", "In progress"),
            // A later cycle than the as-of date is not the last report.
            cycleRow("2024-02-28", "JIU/REP/2021/3", 1, "Accepted", "Not started"),
          ]),
        ],
      },
    );
    const { changes } = summarize(parseRegister(grid), AS_OF);
    expect(changes.basis).toBe("history");
    expect(changes.previousAsOf).toBe("2022-02-28");
    expect(changes.changes.map(({ recommendation, from, to }) => [recommendation.text, from, to])).toEqual([
      ["1", null, "notAccepted"],
      ["1", "inProgress", "implemented"],
    ]);
    expect(changes).toMatchObject({ newlyImplemented: 1, newlyAccepted: 0 });
  });

  it("the previous columns win over the History when the register has both", () => {
    const grid = aGrid([{}], {
      extraSheets: [historySheet([cycleRow("2022-02-28", "JIU/REP/2021/3", 1, "Accepted", "Implemented")])],
    });
    const { changes } = summarize(parseRegister(grid), AS_OF);
    expect(changes.basis).toBe("previousColumns");
    expect(changes.changes.map((change) => change.from)).toEqual(["inProgress"]);
  });

  it("is not known (null counts, no changes) without previous columns or a History", () => {
    const { changes } = summaryOf([{}, { reportSymbol: "JIU/REP/2015/1", implementation: "In progress" }], {
      columns: WITHOUT_PREVIOUS,
    });
    expect(changes).toEqual({
      basis: "none",
      previousAsOf: null,
      changes: [],
      newlyImplemented: null,
      newlyAccepted: null,
      outstandingFiveYearsOrMore: 1,
    });
  });
});

describe("the outstanding trend", () => {
  it("counts each History cycle before the as-of date, then the register's own point", () => {
    const grid = aGrid(
      [
        { implementation: "In progress", deadline: null },
        { addressee: "Legislative body", implementation: "Not started", deadline: null },
      ],
      {
        extraSheets: [
          historySheet([
            cycleRow("2021-02-28", "JIU/REP/2021/3", 1, "Accepted", "Not started"),
            cycleRow("2021-02-28", "JIU/REP/2021/3", 2, "Accepted", "Not started", "Legislative body"),
            cycleRow("2021-02-28", "JIU/REP/2021/3", 3, "Under consideration", null, "Legislative body"),
            cycleRow("2022-02-28", "JIU/REP/2021/3", 1, "Accepted", "Implemented"),
            cycleRow("2022-02-28", "JIU/REP/2021/3", 2, "Not accepted", null, "Legislative body"),
            // The cycle of the as-of date itself is the register's point.
            cycleRow("2023-02-28", "JIU/REP/2021/3", 1, "Accepted", "Implemented"),
          ]),
        ],
      },
    );
    const summary = summarize(parseRegister(grid), AS_OF);
    expect(summary.outstandingTrend).toEqual([
      { asOf: "2021-02-28", legislative: 2, executiveHead: 1 },
      { asOf: "2022-02-28", legislative: 0, executiveHead: 0 },
      { asOf: "2023-02-28", legislative: 1, executiveHead: 1 },
    ]);
  });

  it("is null without a History sheet", () => {
    expect(summaryOf([{}]).outstandingTrend).toBeNull();
  });
});
