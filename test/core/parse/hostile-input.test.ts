import type { CellValue } from "../../../src/core/grid";
import {
  MAX_REGISTER_ROWS,
  parseAcceptance,
  parseAddressee,
  parseImplementation,
  parseWorkbook,
  readDate,
  readRecommendationId,
  readReportSymbol,
} from "../../../src/core/parse";
import { aGrid, aSheet, aTable, registerGrid, REQUIRED_HEADERS } from "../../fixtures";
import { problemText } from "../../fixtures/problem";

const VALID = ["JIU/REP/2021/3", "T", 1, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"];

describe("parseWorkbook on hostile workbooks", () => {
  it("says a workbook whose sheets are all empty is empty, naming them", () => {
    const outcome = parseWorkbook({ sheets: [aSheet("Sheet1", [])] });
    expect(outcome.ok === false && problemText(outcome.problem)).toEqual({
      code: "no-register",
      message:
        "No register found: sheet 'Sheet1' is empty; open the workbook that holds the register, or paste the " +
        "register with its header row into this one.",
    });
    const two = parseWorkbook({ sheets: [aSheet("A", []), aSheet("B", [])] });
    expect(two.ok === false && problemText(two.problem).message).toMatch(
      /^No register found: sheets 'A', 'B' are empty;/,
    );
  });

  it.each([11, 25, 1000])("says where a header below the first 10 rows is (row %i)", (headerRow) => {
    const outcome = parseWorkbook(aGrid([{}], { headerRow }));
    expect(outcome.ok === false && problemText(outcome.problem)).toEqual({
      code: "no-register",
      message:
        `No register found within the first 10 rows: sheet 'Register' has the register's header on row ` +
        `${headerRow}; delete rows above it so that the header is within the first 10 rows, or make the ` +
        `register an Excel table (Insert > Table).`,
    });
  });

  it("does not look for a misplaced header past row 1000 (the plain message then)", () => {
    const outcome = parseWorkbook(aGrid([{}], { headerRow: 1001 }));
    expect(outcome.ok === false && problemText(outcome.problem).message).toMatch(
      /^No register found: no header row with/,
    );
  });

  it("still reads a header in row 10 (the look-alike)", () => {
    expect(parseWorkbook(aGrid([{}], { headerRow: 10 })).ok).toBe(true);
  });

  describe("a register too large to be one", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => VALID.map((v, j) => (j === 2 ? i + 1 : v)));

    it("refuses more than MAX_REGISTER_ROWS rows, saying how far down the sheet goes and what to do", () => {
      const outcome = parseWorkbook(registerGrid(REQUIRED_HEADERS, rows(MAX_REGISTER_ROWS + 1)));
      expect(outcome.ok === false && problemText(outcome.problem)).toEqual({
        code: "too-many-rows",
        message:
          "The register on sheet 'Register' (header row 1) has more than 100,000 rows, down to row 100,002; a " +
          "register takes at most 100,000. If the rows below the last recommendation hold stray values or " +
          "formulas, delete those rows; otherwise split the register.",
      });
    });

    it("reads exactly MAX_REGISTER_ROWS rows", () => {
      const outcome = parseWorkbook(registerGrid(REQUIRED_HEADERS, rows(MAX_REGISTER_ROWS)));
      expect(outcome.ok && outcome.register.rows.length).toBe(MAX_REGISTER_ROWS);
    });

    it("does not count empty rows: a stray value at row 1,048,576 is one more row", () => {
      const cells: CellValue[][] = [[...REQUIRED_HEADERS], VALID];
      const sheet = aSheet("Register", cells);
      const tall = { ...sheet, cells: [...cells, ...Array.from({ length: 1_048_573 }, () => []), ["stray"]] };
      const outcome = parseWorkbook({ sheets: [tall] });
      expect(outcome.ok && outcome.register.rows.map((row) => row.recommendation.row)).toEqual([
        2, 1_048_576,
      ]);
    });
  });

  describe("two places that both hold a register", () => {
    it("reads the first sheet and lists the other", () => {
      const grid = aGrid([{}], {
        sheet: "Register 2022",
        extraSheets: [aSheet("Notes", [["x"]]), aGrid([{}], { sheet: "Register 2023" }).sheets[0]!],
      });
      const outcome = parseWorkbook(grid);
      expect(outcome.ok && outcome.register.sheet).toBe("Register 2022");
      expect(outcome.ok && outcome.register.otherRegisters).toEqual([
        { sheet: "Register 2023", table: null, headerRow: 1 },
      ]);
    });

    it("prefers a table on a later sheet and lists the plain sheet before it", () => {
      const plain = aGrid([{}], { sheet: "Old" }).sheets[0]!;
      const tableSheet = aGrid([{}], { sheet: "New" }).sheets[0]!;
      const withTable = {
        ...tableSheet,
        tables: [aTable("Reg", { headerRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 17 })],
      };
      const outcome = parseWorkbook({ sheets: [plain, withTable] });
      expect(outcome.ok && [outcome.register.sheet, outcome.register.table]).toEqual(["New", "Reg"]);
      expect(outcome.ok && outcome.register.otherRegisters).toEqual([
        { sheet: "Old", table: null, headerRow: 1 },
      ]);
    });

    it("lists nothing when only one place holds a register, or when the sheet is named", () => {
      const single = parseWorkbook(aGrid([{}], { extraSheets: [aSheet("Notes", [["x"]])] }));
      expect(single.ok && single.register.otherRegisters).toBeUndefined();
      const grid = aGrid([{}], { extraSheets: [aGrid([{}], { sheet: "Copy" }).sheets[0]!] });
      const named = parseWorkbook(grid, { sheet: "Copy" });
      expect(named.ok && named.register.otherRegisters).toBeUndefined();
    });
  });
});

describe("values with invisible characters pasted from Word or e-mail", () => {
  it.each([
    ["JIU/REP/2021/3\u200B", "JIU/REP/2021/3"],
    ["\uFEFFJIU/REP/2021/3", "JIU/REP/2021/3"],
    ["JIU/\u00ADREP/2021/3", "JIU/REP/2021/3"],
    ["ＪＩＵ／ＲＥＰ／２０２１／３", "JIU/REP/2021/3"],
  ])("report symbol %j reads as %s", (text, symbol) => {
    const reading = readReportSymbol(text);
    expect(reading.kind === "value" && reading.value.text).toBe(symbol);
  });

  it.each([
    ["4\u200B", 4],
    ["\u00A04\u3000", 4],
    ["４", 4],
  ])("recommendation number %j reads as %i", (text, number) => {
    const reading = readRecommendationId(text);
    expect(reading.kind === "value" && reading.value.parts).toEqual([number]);
  });

  it("dates with a zero-width character read as dates", () => {
    expect(readDate("2023-02-28\u200B")).toEqual({ kind: "value", value: "2023-02-28" });
  });

  it.each([
    ["JIU/REP/2021/3a", "report symbol"],
    ["4\u200Bfour", "number"],
  ])("a visible fault is still a fault: %j (%s)", (text, what) => {
    const reading = what === "number" ? readRecommendationId(text) : readReportSymbol(text);
    expect(reading.kind).toBe("invalid");
  });
});

describe("status words in the other UN languages: read as the canonical values (issue 15)", () => {
  const read = {
    acceptance: (text: string) => parseAcceptance(text),
    implementation: (text: string) => parseImplementation(text),
    addressee: (text: string) => parseAddressee(text),
  };

  it.each([
    ["acceptance", "Aceptada", "accepted"],
    ["acceptance", "ACCEPTEE", "accepted"],
    ["acceptance", "  non   acceptée ", "notAccepted"],
    ["acceptance", "На рассмотрении", "underConsideration"],
    ["acceptance", "غير ذات صلة", "notRelevant"],
    ["implementation", "Mise en oeuvre", "implemented"],
    ["implementation", "En curso", "inProgress"],
    ["implementation", "لم يبدأ", "notStarted"],
    ["addressee", "Chef de secrétariat", "executiveHead"],
    ["addressee", "Órgano rector", "legislative"],
  ] as const)("%s %j is %s", (column, text, value) => {
    expect(read[column](text)).toBe(value);
  });

  it.each([
    ["acceptance", "Acepted"],
    ["acceptance", "En cours"],
    ["implementation", "Aceptada"],
  ] as const)("%s %j is not a word of that column", (column, text) => {
    expect(read[column](text)).toBeNull();
  });
});
