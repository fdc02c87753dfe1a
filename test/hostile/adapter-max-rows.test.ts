/**
 * A stray value at row 1,048,576 makes the used range a million rows tall: the adapter must still find the
 * register and report the stray row, as the CLI does (cli-corpus.test.ts, "max-rows-sparse").
 */
import type { IsoDate } from "../../src/core/grid";
import { createExcelRegisterApi } from "../../src/excel";
import { createMemoryExcel, EXCEL_ON_THE_WEB_LIMITS, type InitCell } from "../../dev/memory-excel";
import { aGrid } from "../fixtures";
import { MAX_SHEET_ROWS } from "./big-sheet";
import { AS_OF } from "./run-cli";
import { renderFindings } from "../../src/labels/finding-message";

const asOf = AS_OF as IsoDate;

function strayAtTheBottom(): InitCell[][] {
  const [header = [], ...rows] = aGrid([{}, {}]).sheets[0]?.cells ?? [];
  const top: InitCell[][] = [[...header], ...rows.map((row) => [...row])];
  const gap: InitCell[][] = Array.from({ length: MAX_SHEET_ROWS - top.length - 1 }, () => []);
  return [...top, ...gap, ["stray"]];
}

async function validateWith(limits: typeof EXCEL_ON_THE_WEB_LIMITS | null) {
  const excel = createMemoryExcel(
    { sheets: [{ name: "Register", cells: strayAtTheBottom() }] },
    { limits: limits ?? { requestBytes: null, responseBytes: null } },
  );
  const api = createExcelRegisterApi(excel.run, { responseLimitBytes: limits?.responseBytes ?? null });
  return api.validate({ asOf, language: "en" });
}

function expectStrayRowReported(outcome: Awaited<ReturnType<typeof validateWith>>): void {
  expect(outcome.rows).toBe(3);
  expect(renderFindings(outcome.findings, "en")[0]).toMatchObject({
    row: MAX_SHEET_ROWS,
    column: "Report symbol",
    rule: "E01-report-symbol",
    message: expect.stringContaining("Report symbol 'stray' is not a JIU symbol") as unknown,
  });
}

describe("the adapter on a sheet whose used range reaches row 1,048,576", () => {
  it("on Excel on the web (5 MB responses), reads it in blocks and reports the stray row", async () => {
    expectStrayRowReported(await validateWith(EXCEL_ON_THE_WEB_LIMITS));
  }, 120_000);

  // Desktop Excel returns at most five million cells per read: the adapter reads the register's rows and, below
  // the last row a register can reach, only the few rows in use there.
  it("on desktop Excel (no response cap), reads it too and reports the stray row", async () => {
    expectStrayRowReported(await validateWith(null));
  }, 120_000);
});
