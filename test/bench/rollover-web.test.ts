/**
 * Issue 14: the roll-over of a 50,000-row register under Excel on the web's 5 MB request and response
 * caps, in the in-memory Excel (which counts every sync() and weighs every request and response).
 */
import { createExcelRegisterApi } from "../../src/excel";
import type { IsoDate } from "../../src/core/grid";
import { createMemoryExcel } from "../../dev/memory-excel";
import { SYNTHETIC_AS_OF, syntheticWorkbookGrid } from "../../dev/synthetic/synthetic-register";

const ROWS = 50_000;
const LIMIT = 5_000_000;
/** Issue 11's web target: one round trip per 4.5 MB of response or request. */
const WEB_BYTES_PER_SYNC = 4_500_000;
const action = { asOf: SYNTHETIC_AS_OF as IsoDate, language: "en", confirmed: true } as const;

function webExcel() {
  const excel = createMemoryExcel(syntheticWorkbookGrid(ROWS, 1), {
    limits: { requestBytes: LIMIT, responseBytes: LIMIT },
  });
  const api = createExcelRegisterApi(excel.run, { responseLimitBytes: LIMIT, yieldToUi: async () => {} });
  return { excel, api };
}

describe(`roll-over of ${ROWS.toLocaleString("en")} rows under Excel on the web's 5 MB caps`, () => {
  it("previews on a fresh workbook without refusing for errors validation does not find", async () => {
    const { excel, api } = webExcel();
    const preview = await api.previewRollover(action);
    expect(preview.refusal).toBeNull();
    expect(preview.plan?.counts.recommendations).toBe(ROWS);
    expect(excel.stats.records.every((record) => record.error === null)).toBe(true);
  }, 180_000);

  it("rolls over in one sync per 4.5 MB moved plus a few, History grown by every row", async () => {
    const { excel, api } = webExcel();
    const done = await api.rollover(action);
    expect(done.refusal).toBeNull();
    const plan = done.plan;
    if (!plan) throw new Error("no plan");
    const records = excel.stats.records;
    expect(records.every((record) => record.error === null)).toBe(true);
    expect(Math.max(...records.map((record) => record.requestBytes))).toBeLessThanOrEqual(LIMIT);
    expect(Math.max(...records.map((record) => record.responseBytes))).toBeLessThanOrEqual(LIMIT);
    const bytes = records.reduce((sum, record) => sum + record.requestBytes + record.responseBytes, 0);
    expect(bytes).toBeGreaterThan(10 * LIMIT); // so that chunking is exercised
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil(bytes / WEB_BYTES_PER_SYNC) + 4);

    const history = excel.snapshot(plan.history.sheet).cells;
    const dated = history.filter((cell) => cell.column === 0 && cell.value === 45_000);
    void dated;
    const firstColumn = history.filter((cell) => cell.column === 0 && cell.value !== null && cell.value !== "");
    expect(firstColumn).toHaveLength(ROWS + 1); // the header and one row per recommendation
    const previous = plan.registerWrites;
    expect(previous.length).toBeGreaterThanOrEqual(2);
  }, 300_000);
});
