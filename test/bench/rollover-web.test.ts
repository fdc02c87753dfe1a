/**
 * Issue 14: the roll-over of a 50,000-row register under Excel on the web's 5 MB request and response
 * caps, in the in-memory Excel (which counts every sync() and weighs every request and response).
 */
import { createExcelRegisterApi } from "../../src/excel";
import type { IsoDate } from "../../src/core/grid";
import type { RolloverPlan } from "../../src/app/register-api";
import { createMemoryExcel, type MemoryExcel } from "../../dev/memory-excel";
import { SYNTHETIC_AS_OF, syntheticWorkbookGrid } from "../../dev/synthetic/synthetic-register";

const ROWS = 50_000;
const LIMIT = 5_000_000;
/** Issue 11's web target for reads: one round trip per 4.5 MB of response. */
const READ_BYTES_PER_SYNC = 4_500_000;
/** Writes go in blocks of at most 1 MB packed into 4.8 MB requests: each round trip carries 3.8 MB or more. */
const WRITE_BYTES_PER_SYNC = 3_800_000;
const NEXT_AS_OF = "2027-02-28" as IsoDate;
const action = (asOf: IsoDate, archiveClosed = false) =>
  ({ asOf, language: "en", confirmed: true, archiveClosed }) as const;

function webExcel() {
  const excel = createMemoryExcel(syntheticWorkbookGrid(ROWS, 1), {
    limits: { requestBytes: LIMIT, responseBytes: LIMIT },
  });
  const api = createExcelRegisterApi(excel.run, { responseLimitBytes: LIMIT, yieldToUi: async () => {} });
  return { excel, api };
}

/** Every request and response under the caps, none refused, in the number of round trips the bytes need. */
function expectWithinWebLimits(excel: MemoryExcel): void {
  const records = excel.stats.records;
  // None refused: not even a read block of a workbook whose History sheet holds 50,000 rows, whose rows
  // weigh more per cell than the register's (the read sizes each sheet's blocks from its own rows).
  expect(records.filter((record) => record.error !== null)).toEqual([]);
  const done = records.filter((record) => record.error === null);
  expect(Math.max(...done.map((record) => record.requestBytes))).toBeLessThanOrEqual(LIMIT);
  expect(Math.max(...done.map((record) => record.responseBytes))).toBeLessThanOrEqual(LIMIT);
  const requested = records.reduce((sum, record) => sum + record.requestBytes, 0);
  const returned = records.reduce((sum, record) => sum + record.responseBytes, 0);
  expect(requested).toBeGreaterThan(5 * LIMIT); // so that chunking is exercised
  // Reading: the register's blocks, the hyperlinks, the noted cells; writing; plus 4 for the outline.
  const bound = Math.ceil(returned / READ_BYTES_PER_SYNC) + Math.ceil(requested / WRITE_BYTES_PER_SYNC) + 4;
  expect(excel.stats.syncs).toBeLessThanOrEqual(bound);
}

/** Rows of History with a date in the first column (its header row aside). */
function historyRows(excel: MemoryExcel, plan: RolloverPlan, asOfSerial: number): number {
  return excel
    .snapshot(plan.history.sheet)
    .cells.filter((cell) => cell.column === 0 && cell.value === asOfSerial).length;
}

const serial = (iso: string): number => Date.parse(iso) / 86_400_000 + 25_569;

/** Each planned previous-column write, read back from the register. */
function expectWritten(excel: MemoryExcel, plan: RolloverPlan, atLeast: number): void {
  const cells = new Map(
    excel
      .snapshot(plan.register.sheet)
      .cells.map((cell) => [`${cell.row + 1}:${cell.column + 1}`, cell.value ?? ""]),
  );
  let checked = 0;
  for (const write of plan.registerWrites)
    for (const cell of write.cells.filter((_, i) => i % 97 === 0)) {
      const expected = cell.value === null ? "" : cell.value;
      expect(cells.get(`${cell.row}:${write.column}`) ?? "").toEqual(expected);
      checked++;
    }
  expect(checked).toBeGreaterThanOrEqual(atLeast);
}

describe(`roll-over of ${ROWS.toLocaleString("en")} rows under Excel on the web's 5 MB caps`, () => {
  it("previews on a fresh workbook without refusing for errors validation does not find", async () => {
    // The first read does not bring the link cells' hyperlinks: without them, every link cell that shows
    // text was an E11 error ("6,261 errors") that validation, which reads them, never reports.
    const { excel, api } = webExcel();
    const preview = await api.previewRollover(action(SYNTHETIC_AS_OF));
    expect(preview.refusal).toBeNull();
    expect(preview.plan?.counts.recommendations).toBe(ROWS);
    expect(excel.stats.records.every((record) => record.error === null)).toBe(true);
  }, 180_000);

  it("rolls over twice, the second over a History of 50,000 rows and archiving, within the caps", async () => {
    const { excel, api } = webExcel();
    const first = await api.rollover(action(SYNTHETIC_AS_OF));
    expect(first.refusal).toBeNull();
    if (!first.plan) throw new Error("no plan");
    expectWithinWebLimits(excel);
    expect(historyRows(excel, first.plan, serial(SYNTHETIC_AS_OF))).toBe(ROWS);
    expectWritten(excel, first.plan, 100);

    excel.resetStats();
    const second = await api.rollover(action(NEXT_AS_OF, true));
    expect(second.refusal).toBeNull();
    if (!second.plan) throw new Error("no plan");
    expect(second.plan.counts.archived).toBeGreaterThan(0);
    expectWithinWebLimits(excel);
    expect(historyRows(excel, second.plan, serial(SYNTHETIC_AS_OF))).toBe(ROWS);
    expect(historyRows(excel, second.plan, serial(NEXT_AS_OF))).toBe(ROWS);
    // Previous statuses already equal the current ones: what the second one writes is the archive.
    expectWritten(excel, second.plan, 0);
    expect(excel.sheetNames()).toContain(second.plan.archive?.sheet);
  }, 300_000);
});
