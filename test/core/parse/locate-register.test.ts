import type { ColumnId } from "../../../src/core/model";
import { parseWorkbook, recommendationId } from "../../../src/core/parse";
import {
  aGrid,
  aSheet,
  aTable,
  ENGLISH_HEADERS,
  parseRegister,
  registerGrid,
  REQUIRED_HEADERS,
} from "../../fixtures";
import { problemText } from "../../fixtures/problem";

describe("parseWorkbook: finding the register", () => {
  it("reads a register whose header is in row 1 of the first sheet", () => {
    const register = parseRegister(aGrid([{}, {}]));
    expect(register.sheet).toBe("Register");
    expect(register.table).toBeNull();
    expect(register.headerRow).toBe(1);
    expect(register.rows.map((row) => row.recommendation.row)).toEqual([2, 3]);
    expect(register.columns.acceptance).toEqual({ index: 7, header: "Acceptance", columnNumber: 8 });
  });

  it.each([
    [10, true],
    [11, false],
  ])("with the header in row %i, finds it: %s", (headerRow, found) => {
    const outcome = parseWorkbook(aGrid([{}], { headerRow }));
    expect(outcome.ok).toBe(found);
    if (outcome.ok) expect(outcome.register.rows[0]?.recommendation.row).toBe(headerRow + 1);
    else expect(outcome.problem.code).toBe("no-register");
  });

  it("counts the first 10 rows from the worksheet's row 1, not from the used range", () => {
    const rows = aGrid([{}]).sheets[0]?.cells ?? [];
    const headerInRow11 = {
      sheets: [aSheet("Register", [[], [], [], [], [], [], ...rows], { row: 5, column: 1 })],
    };
    expect(parseWorkbook(headerInRow11).ok).toBe(false);
    const startsAtRow3 = {
      sheets: [aSheet("Register", [[], [], [], [], [], [], ...rows], { row: 3, column: 2 })],
    };
    const outcome = parseWorkbook(startsAtRow3);
    expect(outcome.ok && outcome.register.headerRow).toBe(9);
    expect(outcome.ok && outcome.register.columns.reportSymbol?.columnNumber).toBe(2);
    expect(outcome.ok && outcome.register.rows[0]?.recommendation.row).toBe(10);
  });

  it("ignores rows that are entirely empty, whitespace and invisible characters included", () => {
    const register = parseRegister(
      registerGrid(REQUIRED_HEADERS, [
        ["JIU/REP/2021/3", "T", 1, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
        [],
        [null, "  ", "\u00A0", "\u3000", "\u200B", null, null, null, null],
        ["JIU/REP/2021/3", "T", 2, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
      ]),
    );
    expect(register.rows.map((row) => row.recommendation.row)).toEqual([2, 5]);
  });

  it("does not count notes in columns outside the register as data", () => {
    const register = parseRegister(
      registerGrid(
        [...REQUIRED_HEADERS, "My notes"],
        [
          ["JIU/REP/2021/3", "T", 1, "Executive head", "R", "A", "Accepted", "Implemented", "CSO", ""],
          [null, null, null, null, null, null, null, null, null, "a note"],
        ],
      ),
    );
    expect(register.rows).toHaveLength(1);
  });

  it("reads a header-only register as a register with no rows", () => {
    expect(parseRegister(aGrid([])).rows).toEqual([]);
  });

  it("matches Chinese headers", () => {
    const register = parseRegister(
      aGrid([{ acceptance: "已接受", implementation: "正在落实" }], { headers: "zh" }),
    );
    expect(register.columns.acceptance?.header).toBe("接受情况");
    expect(register.rows[0]?.recommendation.implementation).toBe("inProgress");
  });

  it.each([
    [
      "different case and spacing",
      { acceptance: "  ACCEPTANCE ", recommendationNumber: "recommendation  NO." },
    ],
    [
      "non-breaking and full-width spaces",
      { acceptance: "Acceptance\u00A0", reportSymbol: "Report\u3000symbol" },
    ],
    ["zero-width characters", { reportTitle: "Report\u200B title" }],
    [
      "variants",
      {
        recommendationNumber: "Rec. no.",
        addressee: "Addressee",
        assessment: "Management/focal point assessment",
      },
    ],
    [
      "more variants",
      {
        acceptance: "Status of acceptance",
        implementation: "Status of implementation",
        responsible: "Focal point",
      },
    ],
  ])("matches headers with %s", (_case, headers: Partial<Record<ColumnId, string>>) => {
    const register = parseRegister(aGrid([{}], { headers }));
    for (const [id, header] of Object.entries(headers)) {
      expect(register.columns[id as ColumnId]?.header).toBe(header.trim());
    }
  });

  it("matches headers in any order", () => {
    const reversed = [...REQUIRED_HEADERS].reverse();
    const register = parseRegister(
      registerGrid(reversed, [
        ["CSO", "Implemented", "Accepted", "A", "R", "Executive head", "4", "T", "JIU/REP/2021/3"],
      ]),
    );
    expect(register.rows[0]?.recommendation).toMatchObject({
      number: recommendationId(4),
      responsible: "CSO",
      acceptance: "accepted",
    });
  });

  it("prefers an Excel table anywhere in the workbook over a header row on an earlier sheet", () => {
    const plain = aGrid([{}], { sheet: "Old register" }).sheets[0];
    const inTable = aSheet(
      "Register 2023",
      [
        ["Notes above the table"],
        [],
        [...REQUIRED_HEADERS],
        ["JIU/REP/2021/3", "T", 7, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
        ["Total", null, null],
      ],
      { row: 1, column: 1 },
      [aTable("JiuRegister", { headerRow: 3, firstColumn: 1, lastRow: 5, lastColumn: 9 }, true)],
    );
    const register = parseRegister({ sheets: [plain!, inTable] });
    expect(register.sheet).toBe("Register 2023");
    expect(register.table).toBe("JiuRegister");
    expect(register.headerRow).toBe(3);
    expect(register.rows.map((row) => row.recommendation.number?.text)).toEqual(["7"]);
  });

  it("reads only a table's own columns and rows", () => {
    const sheet = aSheet(
      "Register",
      [
        ["Acceptance", ...REQUIRED_HEADERS],
        ["stray", "JIU/REP/2021/3", "T", 1, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
        ["stray", "JIU/REP/2021/3", "T", 2, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
      ],
      { row: 1, column: 1 },
      [aTable("T1", { headerRow: 1, firstColumn: 2, lastRow: 2, lastColumn: 10 })],
    );
    const register = parseRegister({ sheets: [sheet] });
    expect(register.columns.acceptance?.columnNumber).toBe(8);
    expect(register.rows.map((row) => row.recommendation.number?.text)).toEqual(["1"]);
  });

  it("skips a table that is not a register and falls back to the header row search", () => {
    const other = aTable("Lookup", { headerRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 2 });
    const grid = aGrid([{}]);
    const sheet = grid.sheets[0]!;
    const register = parseRegister({ sheets: [{ ...sheet, tables: [other] }] });
    expect(register.table).toBeNull();
    expect(register.rows).toHaveLength(1);
  });

  it("takes the first sheet that holds a register", () => {
    const notes = aSheet("Notes", [["Read me"], ["This workbook holds the register."]]);
    const second = aGrid([{}, {}], { sheet: "Second" }).sheets[0]!;
    const grid = aGrid([{}], { sheetsBefore: [notes], extraSheets: [second] });
    expect(parseRegister(grid).sheet).toBe("Register");
  });

  it("reads the sheet named by the sheet option, matched exactly or ignoring case", () => {
    const second = aGrid([{}, {}], { sheet: "Register 2022" }).sheets[0]!;
    const grid = aGrid([{}], { extraSheets: [second] });
    expect(parseRegister(grid, { sheet: "Register 2022" }).rows).toHaveLength(2);
    expect(parseRegister(grid, { sheet: " register 2022 " }).sheet).toBe("Register 2022");
  });
});

describe("parseWorkbook: unusable input", () => {
  it("says the workbook has no sheets", () => {
    const outcome = parseWorkbook({ sheets: [] });
    expect(outcome.ok === false && problemText(outcome.problem)).toEqual({
      code: "no-sheets",
      message: expect.stringMatching(/no worksheets/),
    });
  });

  it("names the sheets there are when the named sheet does not exist", () => {
    const outcome = parseWorkbook(aGrid([{}], { extraSheets: [aSheet("Notes", [])] }), { sheet: "Regsiter" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.code).toBe("sheet-not-found");
    expect(problemText(outcome.problem).message).toBe(
      "There is no sheet or Excel table named 'Regsiter'; the workbook's sheets are 'Register', 'Notes'.",
    );
  });

  it("lists the missing required headers and the sheets it looked at", () => {
    const headers = REQUIRED_HEADERS.filter(
      (header) => header !== "Addressed to" && header !== "Responsible",
    );
    const outcome = parseWorkbook(registerGrid(headers, [], { sheetsBefore: [aSheet("Notes", [["x"]])] }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.code).toBe("missing-columns");
    expect(problemText(outcome.problem).message).toBe(
      `No register found: the header row on sheet 'Register' (row 1) lacks the required columns "Addressed to", ` +
        `"Responsible"; add them (looked at sheets 'Notes', 'Register').`,
    );
    expect(problemText(outcome.problem).message).not.toMatch(/\n/);
  });

  it("says when no sheet has a header row at all", () => {
    const outcome = parseWorkbook({ sheets: [aSheet("Sheet1", [["hello"]]), aSheet("Sheet2", [])] });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.code).toBe("no-register");
    expect(problemText(outcome.problem).message).toMatch(
      /^No register found: no header row with the required columns "Report symbol", /,
    );
    expect(problemText(outcome.problem).message).toMatch(
      /first 10 rows \(looked at sheets 'Sheet1', 'Sheet2'\)\. Add a header row with these names above the register/,
    );
  });

  it("looks only at the named sheet", () => {
    const outcome = parseWorkbook(aGrid([{}], { extraSheets: [aSheet("Notes", [["x"]])] }), {
      sheet: "Notes",
    });
    expect(outcome.ok === false && problemText(outcome.problem).message).toMatch(/looked at sheet 'Notes'\)/);
  });

  it("refuses a header row that names a column twice, and says where", () => {
    const outcome = parseWorkbook(registerGrid([...REQUIRED_HEADERS, "ACCEPTANCE"], []));
    expect(outcome.ok === false && problemText(outcome.problem)).toEqual({
      code: "duplicate-columns",
      message:
        `The register on sheet 'Register' (header row 1) names a column more than once: "Acceptance" appears in ` +
        `columns G ('Acceptance') and J ('ACCEPTANCE'). Keep one of each, or rename the others.`,
    });
  });

  it("lets a main header name win over a looser one for the same column", () => {
    const register = parseRegister(registerGrid([...REQUIRED_HEADERS, "Comments", "Title"], []));
    expect(register.columns.assessment?.header).toBe(ENGLISH_HEADERS.assessment);
    expect(register.columns.reportTitle?.header).toBe(ENGLISH_HEADERS.reportTitle);
  });
});
