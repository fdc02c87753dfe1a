import { RegisterApiError } from "../../src/app/register-api";
import type { WorkbookGrid } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { validate } from "../../src/core/validate";
import { createExcelRegisterApi } from "../../src/excel";
import { SYNTHETIC_AS_OF, syntheticWorkbookGrid } from "../../dev/synthetic/synthetic-register";
import { aGrid, aSheet, linkCell } from "../fixtures";
import { action, AS_OF, cellAt, DESKTOP, excelWith, fingerprints } from "./support";
import { problemText } from "../fixtures/problem";

const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

function coreFindings(grid: WorkbookGrid) {
  const parsed = parseWorkbook(grid);
  if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
  return validate(parsed.register, AS_OF);
}

/** Two valid rows around a bad acceptance (worksheet row 3, column 8 "Acceptance"), a late deadline on row 4. */
const planted = () =>
  aGrid([
    {},
    { acceptance: "Acepted" },
    { implementation: "In progress", deadline: { kind: "date", iso: "2022-06-30" as never } },
  ]);

describe("validate", () => {
  it("returns the core's findings, in three round trips, and marks them without touching the register", async () => {
    const grid = planted();
    const { excel, api } = excelWith(
      {
        sheets: grid.sheets.map((sheet) => ({
          ...sheet,
          formats: [{ address: "A1:Q1", format: { bold: true, fill: "#DDEBF7" } }],
          conditionalFormats: [{ address: "H2:H4", formula: '=H2="Accepted"', fill: "#C6EFCE" }],
        })),
      },
      DESKTOP,
    );
    const before = fingerprints(excel, ["Register"]);

    const outcome = await api.validate(action());

    expect(outcome).toEqual({ sheet: "Register", rows: 3, findings: coreFindings(grid) });
    expect(outcome.findings.map((f) => [f.row, f.columnNumber, f.severity])).toEqual(
      expect.arrayContaining([[3, 8, "error"]]),
    );
    expect(excel.stats.syncs).toBe(3);
    expect(fingerprints(excel, ["Register"])).toEqual(before);
    expect(cellAt(excel, "Register", 3, 8)?.conditionalFill).toBe(ERROR_FILL);
    expect(cellAt(excel, "Register", 2, 8)?.conditionalFill ?? null).not.toBe(ERROR_FILL);
    const warning = outcome.findings.find((f) => f.severity === "warning" && f.columnNumber > 0);
    if (warning)
      expect(cellAt(excel, "Register", warning.row, warning.columnNumber)?.conditionalFill).toBe(
        WARNING_FILL,
      );
    // The user's own rule is still there, under the add-in's two.
    const rules = excel.snapshot("Register").conditionalFormats;
    expect(rules).toHaveLength(3);
    expect(rules.filter((rule) => rule.fill === "#C6EFCE")).toHaveLength(1);
    expect(excel.snapshot("JIU_Marks").visibility).toBe("Hidden");
  });

  it("replaces its marks when run again, and leaves none once the register is fixed", async () => {
    const { excel, api } = excelWith(planted(), DESKTOP);
    await api.validate(action());
    await api.validate(action());
    expect(excel.sheetNames().filter((name) => name.startsWith("JIU_Marks"))).toEqual(["JIU_Marks"]);
    expect(excel.snapshot("Register").conditionalFormats).toHaveLength(2);

    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Register");
      sheet.getRange("H3").values = [["Accepted"]];
      sheet.getRange("N4").values = [["2024-12-31"]];
    });
    const outcome = await api.validate(action());
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
    const marked = excel.snapshot("Register").cells.filter((cell) => cell.conditionalFill === ERROR_FILL);
    expect(marked).toEqual([]);
  });

  it("Clear marks removes every trace: the rules, the hidden sheet and its marker", async () => {
    const grid = planted();
    const { excel, api } = excelWith(grid, DESKTOP);
    const sheets = excel.sheetNames();
    const before = fingerprints(excel, sheets);
    await api.validate(action());
    excel.resetStats();

    await api.clearMarks();

    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(excel.sheetNames()).toEqual(sheets);
    expect(excel.state.names).toEqual([]);
    expect(excel.snapshot("Register").conditionalFormats).toEqual([]);
    expect(fingerprints(excel, sheets)).toEqual(before);
  });

  it("marks nothing and adds no sheet when there is nothing to mark", async () => {
    const { excel, api } = excelWith(aGrid([{}, {}]), DESKTOP);
    const outcome = await api.validate(action());
    expect(outcome.findings).toEqual([]);
    expect(excel.sheetNames()).toEqual(["Register"]);
  });

  it.each([10, 20_000])(
    "takes the same three round trips for %i rows",
    async (rows) => {
      const grid = syntheticWorkbookGrid(rows, 7);
      const [sheet] = grid.sheets;
      const row = sheet?.cells[2] as unknown[];
      row[7] = "Acepted"; // one error, so that there are marks to write at either size
      const { excel, api } = excelWith(grid, DESKTOP);
      const outcome = await api.validate(action({ asOf: SYNTHETIC_AS_OF }));
      expect(outcome.rows).toBe(rows);
      expect(outcome.findings.some((f) => f.row === 3 && f.severity === "error")).toBe(true);
      expect(excel.stats.syncs).toBe(3);
      expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
    },
    30_000,
  );

  it("reads a large register in blocks under Excel on the web's response cap, with the same findings", async () => {
    const grid = syntheticWorkbookGrid(1_500, 3);
    const desktop = excelWith(grid, DESKTOP);
    const capped = excelWith(grid, { limits: { responseBytes: 300_000 } });
    const expected = await desktop.api.validate(action({ asOf: SYNTHETIC_AS_OF }));

    const outcome = await capped.api.validate(action({ asOf: SYNTHETIC_AS_OF }));

    expect(outcome).toEqual(expected);
    const { records } = capped.excel.stats;
    expect(records.length).toBeGreaterThan(5);
    // The first rows read with the outline were too many for so small a cap: read again, sizes only.
    expect(records.filter((r) => r.error !== null).map((r) => r.error)).toEqual([
      "ResponsePayloadSizeLimitExceeded",
    ]);
    expect(
      Math.max(...records.filter((r) => r.error === null).map((r) => r.responseBytes)),
    ).toBeLessThanOrEqual(300_000);
  });

  it("falls back on blocks when a host it believed uncapped refuses a response as too large", async () => {
    const grid = syntheticWorkbookGrid(1_500, 3);
    const expected = await excelWith(grid, DESKTOP).api.validate(action({ asOf: SYNTHETIC_AS_OF }));
    const { excel } = excelWith(grid, { limits: { responseBytes: 300_000 } });
    const optimistic = (await import("../../src/excel")).createExcelRegisterApi(excel.run, {
      responseLimitBytes: null,
    });

    expect(await optimistic.validate(action({ asOf: SYNTHETIC_AS_OF }))).toEqual(expected);
    const failures = excel.stats.records.filter((record) => record.error !== null);
    expect(failures.every((record) => record.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    // A cap 13 times smaller than the 4 MB aimed at costs a few refused blocks before the size is learnt.
    expect(failures.length).toBeLessThanOrEqual(6);
  });
});

describe("validate and hyperlinks", () => {
  const withLink = (reportLink: ReturnType<typeof linkCell> | string) => aGrid([{}, { reportLink }]);

  it("reads the address behind a link cell's text, in the same three round trips", async () => {
    const { excel, api } = excelWith(
      withLink(linkCell("Report", "https://www.unjiu.org/report.pdf")),
      DESKTOP,
    );
    const outcome = await api.validate(action());
    expect(outcome.findings.filter((f) => f.rule === "E11-link")).toEqual([]);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("flags and marks a link cell whose text is no address and which holds no hyperlink", async () => {
    const { excel, api } = excelWith(withLink("Report"), DESKTOP);
    const outcome = await api.validate(action());
    const e11 = outcome.findings.filter((f) => f.rule === "E11-link");
    expect(e11.map((f) => [f.row, f.columnNumber])).toEqual([[3, 3]]);
    expect(cellAt(excel, "Register", 3, 3)?.conditionalFill).toBe(ERROR_FILL);
    expect(excel.stats.syncs).toBe(3);
  });

  it("still gets links right when the register is not the sheet read first, rewriting the marks if needed", async () => {
    const notes = aSheet("Notes", [["Read me first"]]);
    const plain = aGrid([{}, { reportLink: "Report" }], { sheetsBefore: [notes] });
    const linked = aGrid([{}, { reportLink: linkCell("Report", "https://www.unjiu.org/r.pdf") }], {
      sheetsBefore: [notes],
    });
    const bad = excelWith(plain, DESKTOP);
    const good = excelWith(linked, DESKTOP);

    const badOutcome = await bad.api.validate(action());
    const goodOutcome = await good.api.validate(action());

    expect(badOutcome.findings.filter((f) => f.rule === "E11-link")).toHaveLength(1);
    expect(cellAt(bad.excel, "Register", 3, 3)?.conditionalFill).toBe(ERROR_FILL);
    expect(bad.excel.stats.syncs).toBe(4);
    expect(goodOutcome.findings.filter((f) => f.rule === "E11-link")).toEqual([]);
    expect(good.excel.stats.syncs).toBe(3);
    expect(good.excel.snapshot("Register").cells.some((cell) => cell.conditionalFill === ERROR_FILL)).toBe(
      false,
    );
  });
  it("keeps a remembered link column's hyperlinks on the right cells when the register starts in column C", async () => {
    const register = aGrid([{}, { reportLink: linkCell("Report", "https://www.unjiu.org/r.pdf") }]).sheets[0];
    if (!register) throw new Error("aGrid gave no sheet");
    const shifted = { sheets: [aSheet(register.name, register.cells, { row: 1, column: 3 })] };
    const { api } = excelWith(shifted, DESKTOP);

    const first = await api.validate(action());
    const second = await api.validate(action()); // reads the link columns it remembers with the first round trip

    expect(first.findings.filter((f) => f.rule === "E11-link")).toEqual([]);
    expect(second.findings.filter((f) => f.rule === "E11-link")).toEqual([]);
    expect(second.findings).toEqual(first.findings);
  });
});

describe("validate errors", () => {
  it("explains an unusable workbook with the parser's code and message, and clears old marks", async () => {
    const { excel, api } = excelWith(planted(), DESKTOP);
    await api.validate(action());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Register").getRange("A1:Q1").values = [
        new Array<string>(17).fill("x"),
      ];
    });

    const failure = await api.validate(action()).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RegisterApiError);
    expect((failure as RegisterApiError).code).toBe("missing-columns");
    // The parser's message alone: it already says what is missing and what to do.
    const [sheet] = planted().sheets;
    if (!sheet) throw new Error("no sheet");
    const [header = [], ...rows] = sheet.cells;
    const parsed = parseWorkbook({
      sheets: [{ ...sheet, cells: [[...new Array<string>(17).fill("x"), ...header.slice(17)], ...rows] }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect((failure as RegisterApiError).message).toBe(problemText(parsed.problem).message);
    expect((failure as RegisterApiError).message).toMatch(
      /^No register found: the header row on sheet 'Register'/,
    );
    expect(excel.sheetNames()).toEqual(["Register"]);
    expect(excel.snapshot("Register").conditionalFormats).toEqual([]);
  });

  it("tells the user to leave cell-edit mode, and changes nothing", async () => {
    const { excel, api } = excelWith(planted(), DESKTOP);
    const before = fingerprints(excel, ["Register"]);
    excel.setCellEditMode(true);
    await expect(api.validate(action())).rejects.toMatchObject({
      name: "RegisterApiError",
      code: "cell-edit-mode",
      message: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    });
    expect(fingerprints(excel, ["Register"])).toEqual(before);
  });
});

describe("goTo", () => {
  it("activates the finding's sheet and selects its cell in one round trip", async () => {
    const { excel, api } = excelWith({
      sheets: [...planted().sheets, { name: "Other" }],
      activeSheet: "Other",
    });
    const [finding] = (await api.validate(action())).findings.filter((f) => f.severity === "error");
    if (!finding) throw new Error("the planted error was not found");
    excel.resetStats();

    await api.goTo(finding);

    expect(excel.stats.syncs).toBe(1);
    expect(excel.snapshot("Register")).toMatchObject({ active: true, selection: "H3" });
  });

  it("selects the whole row for a finding about a row", async () => {
    const { excel, api } = excelWith(planted());
    await api.goTo({
      sheet: "Register",
      row: 4,
      column: "",
      columnNumber: 0,
      severity: "error",
      rule: "E03-duplicate-recommendation",
      messageId: "recommendation.duplicate",
      params: {},
    });
    expect(excel.snapshot("Register").selection).toBe("4:4");
  });
});

describe("what the adapter remembers between actions", () => {
  it("reads the workbook in one round trip once it knows its sheets, tables and link columns", async () => {
    const grid = aGrid([{}, { acceptance: "Acepted" }], {
      extraSheets: [aSheet("Planned reviews", [["Code"]])],
    });
    const { excel, api } = excelWith(grid, DESKTOP);
    const first = await api.validate(action());
    const firstSyncs = excel.stats.syncs;
    excel.resetStats();

    const second = await api.validate(action());

    expect(second).toEqual(first);
    expect(firstSyncs).toBe(3);
    expect(excel.stats.syncs).toBe(2);
  });

  it.each([
    [
      "a sheet renamed",
      (excel: ReturnType<typeof excelWith>["excel"]) =>
        excel.run(async (c) => void (c.workbook.worksheets.getItem("Notes").name = "Remarks")),
    ],
    [
      "a sheet added",
      (excel: ReturnType<typeof excelWith>["excel"]) =>
        excel.run(async (c) => void c.workbook.worksheets.add("New")),
    ],
    [
      "the register's link column gaining text",
      (excel: ReturnType<typeof excelWith>["excel"]) =>
        excel.run(async (c) => {
          c.workbook.worksheets.getItem("Register").getRange("C3").values = [["See the report"]];
        }),
    ],
  ])("still reads it right after %s", async (_change, change) => {
    const grid = aGrid([{}, {}], { extraSheets: [aSheet("Notes", [["x"]])] });
    const { excel, api } = excelWith(grid, DESKTOP);
    await api.validate(action());
    await change(excel);

    const outcome = await api.validate(action());
    const fresh = await createExcelRegisterApi(excel.run, { responseLimitBytes: null }).validate(action());

    expect(outcome).toEqual(fresh);
  });
});

describe("sheets whose cells reach below the last row a register can reach (row 100,010)", () => {
  /** The sheet's cells, with "x" in column A of `rows` rows from row 100,011 on. */
  const withRowsBelow = (cells: readonly (readonly unknown[])[], rows: number) => [
    ...cells,
    ...Array.from({ length: 100_010 - cells.length }, () => []),
    ...Array.from({ length: rows }, () => ["x"]),
  ];
  const register = () => aGrid([{}, {}]).sheets[0]?.cells ?? [];

  it("refuses a register whose sheet goes on for more than a few rows down there, naming its last cell", async () => {
    const { excel, api } = excelWith(
      { sheets: [{ name: "Register", cells: withRowsBelow(register(), 1_500) as never }] },
      DESKTOP,
    );
    const failure = await api.validate(action()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RegisterApiError);
    expect(failure).toMatchObject({
      code: "too-many-rows",
      message:
        "The register on sheet 'Register' (header row 1) may go on below row 100,010: the sheet's used range " +
        "ends at cell Q101510, and a register takes at most 100,000 rows. If the rows below the last " +
        "recommendation hold stray values or formulas, delete those rows; otherwise split the register.",
    });
    // No read asked Excel for more than its five million cells.
    expect(excel.stats.records.every((record) => record.error === null)).toBe(true);
  });

  it("reads the register when another sheet goes on down there", async () => {
    const { excel, api } = excelWith(
      {
        sheets: [
          { name: "Register", cells: register() as never },
          { name: "Data", cells: withRowsBelow([["Figures"]], 1_500) as never },
        ],
      },
      DESKTOP,
    );
    expect((await api.validate(action())).rows).toBe(2);
    expect(excel.stats.records.every((record) => record.error === null)).toBe(true);
  });

  it("reads a sheet wider than the first read takes, in blocks of rows", async () => {
    const cells = register().map((row, i) => (i === 0 ? [...row, ...new Array(60).fill(null), "note"] : row));
    const { api } = excelWith({ sheets: [{ name: "Register", cells: cells as never }] }, DESKTOP);
    expect((await api.validate(action())).rows).toBe(2);
  });
});
