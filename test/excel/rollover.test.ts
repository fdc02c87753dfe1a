/**
 * "Start next reporting cycle" in Excel (the in-memory Excel): the preview writes nothing, the roll-over
 * writes what the plan says in a fixed number of round trips, and a failure injected at any request, at
 * any point within it, leaves every sheet (and the list of sheets) as it was.
 */
import { join } from "node:path";
import type { RolloverActionOptions } from "../../src/app/rollover";
import type { WorkbookGrid } from "../../src/core/grid";
import type { ColumnId } from "../../src/core/model";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { aGrid, ALL_COLUMNS, aTable } from "../fixtures";
import { AS_OF, cellAt, DESKTOP, excelWith, fingerprints } from "./support";

const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");

function rollover(overrides: Partial<RolloverActionOptions> = {}): RolloverActionOptions {
  return { asOf: AS_OF, language: "en", ...overrides };
}

/** A register lacking its previous columns, as an Excel table, with a note of the person's far to its right. */
function tableWithoutPrevious(): WorkbookGrid {
  const columns: ColumnId[] = ALL_COLUMNS.filter(
    (id) => id !== "previousAcceptance" && id !== "previousImplementation",
  );
  const grid = aGrid([{ implementation: "In progress" }, {}, { assessmentUpdated: "Yes" }], { columns });
  const sheet = grid.sheets[0];
  if (!sheet) throw new Error("no sheet");
  const cells = sheet.cells.map((row, i) => (i === 1 ? [...row, null, null, null, "my note"] : row));
  const table = aTable("Recs", { headerRow: 1, firstColumn: 1, lastRow: 4, lastColumn: columns.length });
  return { sheets: [{ ...sheet, cells, tables: [table] }] };
}

async function sampleGrid(): Promise<WorkbookGrid> {
  return readWorkbookGrid(SAMPLE);
}

describe("rollover in Excel", () => {
  it("previews without writing, then writes History, previous statuses and clears assessment updated", async () => {
    const { excel, api } = excelWith(await sampleGrid(), DESKTOP);
    const before = fingerprints(excel, excel.sheetNames());
    const preview = await api.previewRollover(rollover());
    expect(preview.refusal).toBeNull();
    expect(fingerprints(excel, excel.sheetNames())).toEqual(before);
    expect(preview.plan?.counts).toEqual({
      recommendations: 24,
      previousValuesChanged: 21,
      assessmentUpdatedCleared: 3,
      archived: 0,
    });

    excel.resetStats();
    const done = await api.rollover(rollover());
    expect(done.plan?.history.sheet).toBe("报告历史");
    // Read (1: the preview remembered where the register is), note the cells to overwrite (1), write (1).
    expect(excel.stats.syncs).toBe(3);
    expect(excel.sheetNames()).toEqual([...Object.keys(before), "报告历史"]);
    expect(excel.snapshot("报告历史").cells.filter((cell) => cell.column === 0)).toHaveLength(25);
    expect(cellAt(excel, "报告历史", 2, 1)).toMatchObject({ value: 44985, numberFormat: "yyyy-mm-dd" });
    const again = await api.rollover(rollover());
    expect(again.refusal).toEqual({ code: "alreadyRolledOver", asOf: AS_OF, sheet: "报告历史" });
  });

  it("adds the previous columns to the register's table and fills them", async () => {
    const { excel, api } = excelWith(tableWithoutPrevious(), DESKTOP);
    const done = await api.rollover(rollover());
    const width = ALL_COLUMNS.length - 2;
    expect(done.plan?.createdColumns.map((c) => [c.header, c.column])).toEqual([
      ["Previous acceptance", width + 1],
      ["Previous implementation", width + 2],
    ]);
    expect(cellAt(excel, "Register", 1, width + 2)?.value).toBe("Previous implementation");
    expect(cellAt(excel, "Register", 2, width + 2)?.value).toBe("In progress");
    expect(cellAt(excel, "Register", 2, width + 4)?.value).toBe("my note");
    const validated = await api.validate(rollover());
    expect(validated.findings.filter((f) => f.severity === "error")).toEqual([]);
    const after = await api.previewRollover(rollover({ asOf: "2024-02-29" as typeof AS_OF }));
    expect(after.plan?.createdColumns).toEqual([]);
    expect(after.plan?.counts.previousValuesChanged).toBe(0);
  });

  it("adds the previous columns to a table with a totals row, a blank cell in its totals row", async () => {
    const grid = tableWithoutPrevious();
    const sheet = grid.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const width = ALL_COLUMNS.length - 2;
    const totals = [...Array.from({ length: width - 1 }, () => null), 3];
    const withTotals = {
      sheets: [
        {
          ...sheet,
          cells: [...sheet.cells, totals],
          tables: [aTable("Recs", { headerRow: 1, firstColumn: 1, lastRow: 5, lastColumn: width }, true)],
        },
      ],
    };
    const { excel, api } = excelWith(withTotals, DESKTOP);
    const done = await api.rollover(rollover());
    expect(done.plan?.register).toMatchObject({ lastRow: 4, totalsRow: true });
    expect(cellAt(excel, "Register", 1, width + 2)?.value).toBe("Previous implementation");
    expect(cellAt(excel, "Register", 2, width + 2)?.value).toBe("In progress");
    expect(cellAt(excel, "Register", 5, width + 1)?.value ?? null).toBeNull();
    expect(cellAt(excel, "Register", 5, width)?.value).toBe(3);
    const validated = await api.validate(rollover());
    expect(validated.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  /** A workbook whose History already holds the sample's 2023 cycle: the next one appends to it. */
  async function rolledOnce() {
    const opened = excelWith(await sampleGrid(), DESKTOP);
    await opened.api.rollover(rollover());
    return opened;
  }
  const NEXT = rollover({ asOf: "2024-02-29" as typeof AS_OF });

  describe.each([
    ["the sample (History created)", async () => excelWith(await sampleGrid(), DESKTOP), rollover()],
    [
      "a table register lacking its previous columns",
      async () => excelWith(tableWithoutPrevious(), DESKTOP),
      rollover(),
    ],
    ["the sample's next cycle (History appended to)", rolledOnce, NEXT],
  ])("a failure at any request leaves %s unchanged", (_what, open, options) => {
    it("at every request of the roll-over, before, within and after its actions", async () => {
      const probe = await open();
      probe.excel.resetStats();
      await probe.api.rollover(options);
      const records = probe.excel.stats.records;
      const done = fingerprints(probe.excel, probe.excel.sheetNames());
      expect(records.length).toBeGreaterThanOrEqual(3);
      let failed = 0;
      for (const [index, record] of records.entries()) {
        const cuts = new Set([
          0,
          Math.floor(record.actions / 2),
          Math.max(0, record.actions - 1),
          record.actions,
        ]);
        for (const afterActions of cuts) {
          const { excel, api } = await open();
          const names = excel.sheetNames();
          const before = fingerprints(excel, names);
          excel.injectFailure({ atSync: index + 1, afterActions });
          const outcome = await api.rollover(options).then(
            () => "completed",
            (error: Error) => error.name,
          );
          // A failed read with a remembered shape is read again afresh, and the roll-over completes.
          if (outcome === "completed") {
            expect(fingerprints(excel, excel.sheetNames())).toEqual(done);
            continue;
          }
          expect(outcome).toBe("RegisterApiError");
          expect(excel.sheetNames()).toEqual(names);
          expect(fingerprints(excel, names)).toEqual(before);
          failed++;
        }
      }
      // Every request but a remembered-shape read fails the roll-over when it fails.
      expect(failed).toBeGreaterThanOrEqual(records.length - 1);
    }, 60_000);
  });
});
