/**
 * A workbook that is not a register: the core says why with an id and parameters, and the pane renders it
 * in its own language. A Chinese pane shows the parser's reason in Chinese, an English pane in English.
 */
import { RegisterApiError } from "../../src/app/register-api";
import { parseWorkbook, type UnusableInput } from "../../src/core/parse";
import { unusableInputMessage } from "../../src/labels/unusable-message";
import { translator } from "../../src/taskpane/i18n/text-context";
import { toPaneError } from "../../src/taskpane/state/to-pane-error";
import { aSheet } from "../fixtures";
import { action, excelWith } from "../excel/support";

/** Han characters, and Latin words (a sheet's name aside) that would betray an English message. */
const HAN = /[\u4e00-\u9fff]/;
const ENGLISH_WORDS = /\b(register|sheet|column|rows?|found|delete|open)\b/i;

async function paneErrorFor(sheets: ReturnType<typeof aSheet>[], language: "en" | "zh") {
  const { api } = excelWith({ sheets });
  const failure = await api.validate(action({ language: "en" })).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(RegisterApiError);
  return toPaneError(failure, translator(language), language);
}

describe("parse errors in the pane's language", () => {
  it("a Chinese pane shows a sheet without a header row in Chinese", async () => {
    const error = await paneErrorFor([aSheet("Notes", [["hello"]])], "zh");
    expect(error.code).toBe("no-register");
    expect(error.message).toMatch(HAN);
    expect(error.message).toContain("“Notes”");
    expect(error.message.replace("Notes", "")).not.toMatch(ENGLISH_WORDS);
    expect(error.message).toContain("报告文号");
  });

  it("an English pane shows the same problem in English, as the CLI prints it", async () => {
    const sheets = [aSheet("Notes", [["hello"]])];
    const error = await paneErrorFor(sheets, "en");
    const parsed = parseWorkbook({ sheets });
    if (parsed.ok) throw new Error("expected a problem");
    expect(error.message).toBe(unusableInputMessage(parsed.problem, "en"));
    expect(error.message).toMatch(
      /^No register found: no header row with the required columns "Report symbol"/,
    );
  });
});

describe("every parse problem has a Chinese message", () => {
  const problems: UnusableInput[] = [
    { code: "no-sheets" },
    { code: "sheet-not-found", name: "Regsiter", sheets: ["Register", "Notes"] },
    { code: "missing-columns", sheet: "R", headerRow: 1, missing: ["acceptance"], looked: ["R"] },
    {
      code: "missing-columns",
      sheet: "R",
      headerRow: 1,
      missing: ["acceptance", "assessment"],
      looked: ["R", "S"],
    },
    { code: "no-register", reason: "empty", sheets: ["A"] },
    { code: "no-register", reason: "empty", sheets: ["A", "B"] },
    { code: "no-register", reason: "header-too-low", sheet: "R", headerRow: 12, limit: 10 },
    { code: "no-register", reason: "no-header", required: ["reportSymbol"], limit: 10, looked: ["R"] },
    {
      code: "duplicate-columns",
      sheet: "R",
      headerRow: 1,
      duplicates: [
        {
          column: "acceptance",
          places: [
            { letters: "H", header: "Acceptance" },
            { letters: "K", header: "Accepted?" },
          ],
        },
      ],
    },
    { code: "too-many-rows", reason: "rows", sheet: "R", headerRow: 1, limit: 100_000, lastRow: 100_002 },
    {
      code: "too-many-rows",
      reason: "used-range",
      sheet: "R",
      headerRow: 1,
      limit: 100_000,
      lastRow: 100_050,
      lastCell: "Q1048576",
    },
  ];

  it.each(
    problems.map((problem) => [`${problem.code} ${"reason" in problem ? problem.reason : ""}`, problem]),
  )("%s", (_name, problem) => {
    const zh = unusableInputMessage(problem, "zh");
    const en = unusableInputMessage(problem, "en");
    expect(zh).toMatch(HAN);
    expect(zh).not.toMatch(/\{[A-Za-z]+\}/);
    // The names quoted in it are the workbook's own.
    expect(zh.replace(/“[^”]*”/g, "")).not.toMatch(ENGLISH_WORDS);
    expect(en).not.toMatch(HAN);
    expect(en).not.toBe(zh);
  });
});
