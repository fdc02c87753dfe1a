/**
 * The grid-level cases of the corpus through the Office.js adapter on the in-memory Excel, built from the
 * same cells as the .xlsx the CLI reads. The adapter must reach the CLI's verdict (asserted in detail in
 * cli-corpus.test.ts): the same findings, or the same one-line reason why there is no register.
 */
import { RegisterApiError } from "../../src/app/register-api";
import type { Finding } from "../../src/core/findings";
import type { IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { validate } from "../../src/core/validate";
import { createExcelRegisterApi } from "../../src/excel";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { tempFolder } from "../xlsx/read/fixtures";
import { HOSTILE_CASES, hostileCase } from "./corpus";
import { memoryExcelOf } from "./memory-workbook";
import { AS_OF, STACK_LINE } from "./run-cli";
import { problemText } from "../fixtures/problem";

const GRID_CASES = HOSTILE_CASES.filter((c) => c.spec !== undefined);
const asOf = AS_OF as IsoDate;

type CoreVerdict =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly rows: number;
      readonly findings: readonly Finding[];
    }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** What the core says about the .xlsx file, read as the CLI reads it. */
async function coreVerdict(path: string): Promise<CoreVerdict> {
  const outcome = parseWorkbook(await readWorkbookGrid(path));
  if (!outcome.ok) return { ok: false, ...problemText(outcome.problem) };
  const { register } = outcome;
  return { ok: true, sheet: register.sheet, rows: register.rows.length, findings: validate(register, asOf) };
}

async function adapterFailure(promise: Promise<unknown>): Promise<RegisterApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegisterApiError) return error;
    throw error;
  }
  throw new Error("the adapter did not refuse");
}

describe("the adapter on the in-memory Excel, on the grid-level cases of the corpus", () => {
  const folder = tempFolder("jiu-hostile-adapter-");
  const verdicts = new Map<string, CoreVerdict>();
  beforeAll(async () => {
    for (const c of GRID_CASES) verdicts.set(c.id, await coreVerdict(await c.write(folder.path(""))));
  }, 60_000);
  afterAll(() => folder.dispose());

  it("covers the cases that are about what a workbook holds", () => {
    expect(GRID_CASES.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        "header-only",
        "header-row-11",
        "duplicate-headers",
        "missing-required",
        "merged-cells",
        "formula-errors",
        "numbers-for-text",
        "text-for-numbers",
        "dates",
        "foreign-statuses",
        "odd-spacing",
        "long-and-mixed-text",
        "hidden-and-filtered",
        "table-with-totals",
        "two-registers",
      ]),
    );
  });

  it.each(GRID_CASES.map((c) => [c.id, c.what] as const))("%s (%s): the CLI's verdict", async (id) => {
    const spec = hostileCase(id).spec;
    const verdict = verdicts.get(id);
    if (!spec || !verdict) throw new Error(`no spec or verdict for ${id}`);
    const excel = memoryExcelOf(spec);
    const api = createExcelRegisterApi(excel.run);
    if (!verdict.ok) {
      const failure = await adapterFailure(api.validate({ asOf, language: "en" }));
      expect(failure.code).toBe(verdict.code);
      expect(failure.message).toContain(verdict.message);
      expect(failure.message).not.toMatch(STACK_LINE);
      expect(excel.sheetNames()).toEqual(spec.sheets.map((sheet) => sheet.name));
      return;
    }
    const outcome = await api.validate({ asOf, language: "en" });
    expect({ sheet: outcome.sheet, rows: outcome.rows }).toEqual({
      sheet: verdict.sheet,
      rows: verdict.rows,
    });
    expect(outcome.findings).toEqual(verdict.findings);
  });

  it.each(
    GRID_CASES.filter((c) => c.id !== "header-row-11" && c.id !== "no-header").map((c) => [c.id] as const),
  )("%s: generating refuses on errors, or writes, without a stack trace", async (id) => {
    const spec = hostileCase(id).spec;
    const verdict = verdicts.get(id);
    if (!spec || !verdict?.ok) return;
    const api = createExcelRegisterApi(memoryExcelOf(spec).run);
    const hasErrors = verdict.findings.some((finding) => finding.severity === "error");
    const refused = await api.generateAnnex({ asOf, language: "en" });
    if (hasErrors) {
      expect(refused.sheets).toEqual([]);
      expect(refused.refusedFindings).toEqual(verdict.findings.filter((f) => f.severity === "error"));
    } else expect(refused.sheets).toEqual(["Annex I", "Annex II", "Annex III"]);
    const forced = await api.generateSummary({ asOf, language: "zh", force: true });
    expect(forced.refusedFindings).toBeNull();
    expect(forced.sheets).toHaveLength(1);
  });
});
