import { RegisterApiError, type RegisterApi } from "../../src/app/register-api";
import type { Finding } from "../../src/core/findings";
import type { IsoDate } from "../../src/core/grid";
import { commandResultText, decodeCommandResult, type CommandResult } from "../../src/commands/result-text";
import { validateFromRibbon } from "../../src/commands/validate-from-ribbon";
import { createMemoryExcel } from "../../dev/memory-excel";
import { createExcelRegisterApi } from "../../src/excel";
import type { Language } from "../../src/labels/language";
import { aSheet } from "../fixtures";
import { aFinding } from "../taskpane/finding-fixtures";

const AS_OF = "2023-02-28" as IsoDate;

function fakeApi(validate: RegisterApi["validate"]): RegisterApi & { wentTo: Finding[] } {
  const wentTo: Finding[] = [];
  return {
    wentTo,
    validate,
    generateSummary: () => Promise.reject(new Error("not used")),
    generateAnnex: () => Promise.reject(new Error("not used")),
    createReportDocument: () => Promise.reject(new Error("not used")),
    previewRollover: () => Promise.reject(new Error("not used")),
    rollover: () => Promise.reject(new Error("not used")),
    clearMarks: () => Promise.resolve(),
    goTo: (finding) => {
      wentTo.push(finding);
      return Promise.resolve();
    },
    newRegister: () => Promise.reject(new Error("not used")),
    checkAsYouType: () => false,
    setCheckAsYouType: () => Promise.reject(new Error("not used")),
    onLiveCheck: () => () => undefined,
  };
}

async function run(api: RegisterApi): Promise<{ result: CommandResult; query: string }> {
  let query = "";
  const result = await validateFromRibbon(api, AS_OF, "en", (q) => {
    query = q;
    return Promise.resolve();
  });
  return { result, query };
}

describe("validateFromRibbon", () => {
  it("selects the first error, even when a warning comes before it, and reports the counts", async () => {
    const warning = aFinding({ row: 2, severity: "warning", rule: "W05-assessment-missing" });
    const error = aFinding({ row: 7 });
    const api = fakeApi(() => Promise.resolve({ sheet: "Register", rows: 24, findings: [warning, error] }));
    const { result, query } = await run(api);
    expect(api.wentTo).toEqual([error]);
    expect(result).toEqual({ kind: "validated", rows: 24, errors: 1, warnings: 1 });
    expect(decodeCommandResult(query)).toEqual({ result, lang: "en" });
  });

  it("selects nothing when the register is clean", async () => {
    const api = fakeApi(() => Promise.resolve({ sheet: "Register", rows: 24, findings: [] }));
    const { result } = await run(api);
    expect(api.wentTo).toEqual([]);
    expect(commandResultText(result, "en").lines).toEqual(["No problems found in 24 recommendations."]);
  });

  it("reports the adapter's message when validation fails", async () => {
    const api = fakeApi(() =>
      Promise.reject(new RegisterApiError("InvalidOperationInCellEditMode", "Leave the cell.")),
    );
    const { result } = await run(api);
    expect(result).toEqual({ kind: "failed", message: "Leave the cell." });
  });

  it("reports a general message, not the internals, for an unexpected failure", async () => {
    const api = fakeApi(() => Promise.reject(new TypeError("x is undefined")));
    const { result } = await run(api);
    expect(result.kind).toBe("failed");
    expect(JSON.stringify(result)).not.toContain("undefined");
  });
});

describe("validateFromRibbon over the Office.js adapter", () => {
  /** A workbook without a register, validated from the ribbon of an Excel in `language`. */
  async function failedIn(language: Language): Promise<CommandResult> {
    const excel = createMemoryExcel(
      { sheets: [aSheet("Notes", [["Nothing here"]])] },
      { limits: { responseBytes: null } },
    );
    const api = createExcelRegisterApi(excel.run, { language, yieldToUi: async () => undefined });
    return validateFromRibbon(api, AS_OF, language, () => Promise.resolve());
  }

  it("says why the workbook is not a register in the UI's language", async () => {
    const chinese = await failedIn("zh");
    expect(chinese.kind).toBe("failed");
    expect(chinese.kind === "failed" && chinese.message).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(chinese)).not.toMatch(/No register found/);
    const english = await failedIn("en");
    expect(english.kind === "failed" && english.message).toMatch(/^No register found/);
  });
});

describe("commandResultText", () => {
  it("names the counts and says where the findings are", () => {
    const { title, lines } = commandResultText({ kind: "validated", rows: 24, errors: 1, warnings: 3 }, "en");
    expect(title).toBe("Register validated");
    expect(lines[0]).toContain("1 error");
    expect(lines[0]).toContain("3 warnings");
    expect(lines[0]).toContain("24");
  });

  it("speaks Chinese when Office does", () => {
    const { lines } = commandResultText({ kind: "validated", rows: 24, errors: 0, warnings: 0 }, "zh");
    expect(lines[0]).toBe("在 24 项建议中未发现问题。");
  });

  it("agrees the nouns with the counts in Russian, Arabic and French", () => {
    const counted = (lang: "ru" | "ar" | "fr", rows: number, errors: number, warnings: number) =>
      // Bidi isolates around numbers in right-to-left text are not part of the words.
      commandResultText({ kind: "validated", rows, errors, warnings }, lang).lines[0]?.replace(
        /[\u2066-\u2069]/g,
        "",
      );
    expect(counted("ru", 24, 1, 3)).toBe(
      "1 ошибка и 3 предупреждения в 24 рекомендациях. Откройте область задач, чтобы их просмотреть.",
    );
    expect(counted("ru", 21, 5, 2)).toMatch(/^5 ошибок и 2 предупреждения в 21 рекомендации\./);
    expect(counted("ar", 24, 2, 1)).toMatch(/^خطآن وتحذير واحد في 24 توصية\./);
    expect(counted("fr", 1, 2, 1)).toMatch(/^2 erreurs et 1 avertissement dans 1 recommandation\./);
  });
});

describe("decodeCommandResult", () => {
  it("reads a malformed query as a failure with a plain message", () => {
    const { result, lang } = decodeCommandResult("?lang=zh&rows=abc&errors=1&warnings=0");
    expect(lang).toBe("zh");
    expect(result.kind).toBe("failed");
  });

  it("reads each of the six languages, and anything else as English", () => {
    for (const lang of ["ar", "zh", "en", "fr", "ru", "es"] as const)
      expect(decodeCommandResult(`?lang=${lang}&rows=2&errors=0&warnings=0`).lang).toBe(lang);
    expect(decodeCommandResult("?lang=de&rows=2&errors=0&warnings=0").lang).toBe("en");
  });

  it("keeps register text in an error message as text", () => {
    const message = '<img src=x onerror="alert(1)">';
    expect(decodeCommandResult(new URLSearchParams({ error: message }).toString()).result).toEqual({
      kind: "failed",
      message,
    });
  });
});
