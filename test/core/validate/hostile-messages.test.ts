import { validate as validateRegister } from "../../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../../src/labels/finding-message";
import { label } from "../../../src/labels/lookup";
import { quote } from "../../../src/core/validate/messages";
import { aGrid, aTable, parseRegister, registerGrid, REQUIRED_HEADERS } from "../../fixtures";
import { AS_OF, findingsFor } from "./helpers";

/** The English hint, as the message ends with it. */
const MERGED_CELL_HINT = label("findingHint.mergedCell", "en");

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

describe("status words in other UN languages (issue 15)", () => {
  it.each([
    ["acceptance", "Aceptada", "E05-acceptance"],
    ["acceptance", "Non acceptée", "E05-acceptance"],
    ["implementation", "Выполняется", "E06-implementation"],
    ["addressee", "Chef de secrétariat", "E04-addressee"],
    ["previousImplementation", "قيد التنفيذ", "W08-previous-status"],
  ] as const)("%s %j is read: no %s finding", (column, text, rule) => {
    const findings = findingsFor([{ [column]: text }]);
    expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });

  it("keeps the plain message for an unknown word (a look-alike of a known one)", () => {
    const [finding] = findingsFor([{ acceptance: "Acepted" }]);
    expect(finding?.message).toBe(
      "Acceptance 'Acepted' is not a known status; use Accepted, Not accepted, Under consideration or Not relevant, " +
        "or, if 'Acepted' is your organization's own word for one of them, add it to a sheet named Vocabulary " +
        "(Word: Acepted; Means: the status it stands for)",
    );
  });
});

describe("hint for blanks that may be the lower part of merged cells", () => {
  it("adds the hint to blank cells under a value in an unbroken run of rows", () => {
    const findings = findingsFor([
      { reportSymbol: "JIU/REP/2021/6" },
      // Acceptance and implementation both blank: nothing to infer the acceptance from.
      { reportSymbol: null, acceptance: null, implementation: null },
      { reportSymbol: null },
    ]);
    const symbolFindings = findings.filter((f) => f.rule === "E01-report-symbol");
    expect(symbolFindings.map((f) => [f.row, f.message])).toEqual([
      [
        3,
        `Report symbol is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6; ${MERGED_CELL_HINT}`,
      ],
      [
        4,
        `Report symbol is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6; ${MERGED_CELL_HINT}`,
      ],
    ]);
    const acceptance = findings.find((f) => f.rule === "E05-acceptance");
    expect(acceptance?.message).toMatch(new RegExp(`; ${MERGED_CELL_HINT}$`));
  });

  it("does not add it to the first row, after an empty row, or to a cell that is not blank", () => {
    const findings = findingsFor([
      { reportSymbol: null },
      { reportSymbol: "JIU/REP/2021/6" },
      { reportSymbol: "JIU/REP/21/6" },
    ]);
    expect(findings.some((f) => f.message.includes(MERGED_CELL_HINT))).toBe(false);
    const row = (n: number, acceptance: string | null) => [
      "JIU/REP/2021/3",
      "T",
      n,
      "Executive head",
      "R",
      "A",
      acceptance,
      acceptance === null ? null : "Implemented",
      "CSO",
    ];
    const afterGap = validate(
      parseRegister(registerGrid(REQUIRED_HEADERS, [row(1, "Accepted"), [], row(2, null)])),
      AS_OF,
    );
    expect(afterGap.find((f) => f.rule === "E05-acceptance")?.message).not.toContain(MERGED_CELL_HINT);
    const adjacent = validate(
      parseRegister(registerGrid(REQUIRED_HEADERS, [row(1, "Accepted"), row(2, null)])),
      AS_OF,
    );
    expect(adjacent.find((f) => f.rule === "E05-acceptance")?.message).toContain(MERGED_CELL_HINT);
  });
});

describe("quote", () => {
  it("never cuts an emoji in half", () => {
    const text = `${"x".repeat(78)}👍🏽👍🏽`;
    const quoted = quote(text);
    expect(quoted).toBe(`'${"x".repeat(78)}👍…'`);
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("drops invisible characters and folds line breaks", () => {
    expect(quote("Acc\u200Bepted\r\n\tnow")).toBe("'Accepted now'");
  });

  it("keeps right-to-left and combining text as it is", () => {
    expect(quote("مقبولة e\u0301")).toBe("'مقبولة e\u0301'");
  });
});

describe("W10: another register in the workbook", () => {
  const sheetOf = (name: string) => aGrid([{}], { sheet: name }).sheets[0]!;

  it("names the other sheet, says which was read and why, and what to do", () => {
    const register = parseRegister({ sheets: [sheetOf("Register 2022"), sheetOf("Register 2023")] });
    const findings = validate(register, AS_OF).filter((f) => f.rule === "W10-other-register");
    expect(findings).toEqual([
      {
        sheet: "Register 2022",
        row: 1,
        column: "",
        columnNumber: 0,
        severity: "warning",
        rule: "W10-other-register",
        message:
          "Sheet 'Register 2023' also holds a register (header on row 1); only sheet 'Register 2022' was read, as " +
          "it comes first in the workbook. If the register is the other one, move sheet 'Register 2023' before " +
          "sheet 'Register 2022', or keep one register per workbook",
        messageId: "otherRegister.sheetReadOtherSheet",
        params: { sheet: "Register 2022", otherSheet: "Register 2023", otherHeaderRow: 1 },
      },
    ]);
  });

  it("says when the register read is a table", () => {
    const table = {
      ...sheetOf("New"),
      tables: [aTable("Reg", { headerRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 17 })],
    };
    const register = parseRegister({ sheets: [sheetOf("Old"), table] });
    const [finding] = validate(register, AS_OF).filter((f) => f.rule === "W10-other-register");
    expect(finding?.message).toBe(
      "Sheet 'Old' also holds a register (header on row 1); only table 'Reg' on sheet 'New' was read, as it is an " +
        "Excel table (tables come first). If the register is the other one, make it the Excel table instead, or " +
        "keep one register per workbook",
    );
  });

  it("says nothing when the other sheets hold no complete register header (the look-alike)", () => {
    const partial = registerGrid(REQUIRED_HEADERS.slice(0, 5), [["JIU/REP/2021/3"]], { sheet: "Notes" })
      .sheets[0]!;
    const register = parseRegister({ sheets: [sheetOf("Register"), partial] });
    expect(validate(register, AS_OF).some((f) => f.rule === "W10-other-register")).toBe(false);
  });
});
