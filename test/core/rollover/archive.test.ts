import type { WorkbookGrid } from "../../../src/core/grid";
import { parseWorkbook } from "../../../src/core/parse";
import { planRollover, type RolloverPlan } from "../../../src/core/rollover";
import { summarize } from "../../../src/core/summarize";
import { rolloverPlanLines } from "../../../src/labels/rollover-message";
import { aGrid, ALL_COLUMNS, aSheet, iso, parseRegister } from "../../fixtures";

const AS_OF = iso("2023-02-28");

function planned(grid: WorkbookGrid, archiveClosed = true): RolloverPlan {
  const outcome = planRollover(parseRegister(grid), grid, AS_OF, { archiveClosed });
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.refusal)}`);
  return outcome.plan;
}

/** Rows 2..6: implemented (closed, proposed now), in progress, not accepted, closed before, in progress. */
const ROWS = [
  { implementation: "Implemented", previousImplementation: "In progress" },
  { implementation: "In progress" },
  { acceptance: "Not accepted", implementation: null, previousImplementation: null },
  { implementation: "Implemented", previousImplementation: "Implemented" },
  { implementation: "In progress", assessmentUpdated: "Yes" },
];

describe("planRollover with the archive option", () => {
  it("archives nothing without the option", () => {
    const plan = planned(aGrid(ROWS), false);
    expect(plan.archive).toBeNull();
    expect(plan.counts.archived).toBe(0);
  });

  it("moves every closed recommendation, proposed for closure now or closed before, with the header", () => {
    const grid = aGrid(ROWS);
    const plan = planned(grid);
    const sheet = grid.sheets[0];
    expect(plan.archive).toMatchObject({
      sheet: "Archive",
      createSheet: true,
      firstRow: 1,
      headerRows: 1,
      sourceHeaderRow: 1,
      firstColumn: 1,
      lastColumn: ALL_COLUMNS.length,
      registerRows: [2, 4, 5],
    });
    expect(plan.archive?.values).toEqual(
      [2, 4, 5].reduce((all, row) => [...all, sheet?.cells[row - 1]], [sheet?.cells[0]]),
    );
    expect(plan.counts.archived).toBe(3);
    expect(plan.history.recommendationRows).toBe(5);
  });

  it("writes nothing to the rows it moves", () => {
    const plan = planned(aGrid(ROWS));
    const written = plan.registerWrites.flatMap((write) => write.cells.map((cell) => cell.row));
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((row) => [2, 4, 5].includes(row))).toEqual([]);
  });

  it("appends below an existing Archive sheet, without repeating the header", () => {
    const archive = aSheet("archive", [["Report"], ["JIU/REP/2019/1"]]);
    const plan = planned(aGrid(ROWS, { extraSheets: [archive] }));
    expect(plan.archive).toMatchObject({ sheet: "archive", createSheet: false, firstRow: 3, headerRows: 0 });
    expect(plan.archive?.values).toHaveLength(3);
  });

  it("names the sheet in the register's language", () => {
    expect(planned(aGrid(ROWS, { headers: "zh" })).archive?.sheet).toBe("存档");
  });

  it("is null when nothing is closed", () => {
    expect(planned(aGrid([{ implementation: "In progress" }])).archive).toBeNull();
  });

  it("says how many rows move, in every language", () => {
    const plan = planned(aGrid(ROWS));
    expect(rolloverPlanLines(plan, "en")).toContain(
      'Closed recommendations moved to the sheet "Archive", their rows deleted from the register: 3',
    );
    expect(rolloverPlanLines(plan, "zh").join("\n")).toContain("：3");
  });

  it("leaves a register whose next summary matches the one without archiving", () => {
    const grid = aGrid(ROWS);
    const plan = planned(grid);
    const moved = new Set(plan.archive?.registerRows);
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error("no sheet");
    // The register as the writers leave it: the moved rows gone, previous statuses copied.
    const rows = sheet.cells.filter((_, index) => !moved.has(index + 1));
    const after = parseWorkbook({ sheets: [{ ...sheet, cells: rows }] });
    if (!after.ok) throw new Error("not a register");
    const before = summarize(parseRegister(grid), AS_OF);
    const next = summarize(after.register, AS_OF);
    expect(after.register.rows).toHaveLength(2);
    expect(next.outstanding).toEqual(before.outstanding);
  });
});
