import { RegisterApiError } from "../../src/app/register-api";
import { createExcelRegisterApi } from "../../src/excel";
import { createMemoryExcel, dataValidationsOf, type MemoryExcel } from "../../dev/memory-excel";
import { aGrid, aSheet, vocabularySheet } from "../fixtures";
import { action, fingerprints } from "./support";

function apiOn(excel: MemoryExcel) {
  return createExcelRegisterApi(excel.run, { responseLimitBytes: null, yieldToUi: async () => undefined });
}

function sheetState(excel: MemoryExcel, name: string) {
  const sheet = excel.state.sheets.find((candidate) => candidate.name === name && !candidate.deleted);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe("New register in Excel", () => {
  test("writes the register as a table with dropdowns, and the optional sheets; it validates clean", async () => {
    const excel = createMemoryExcel({ sheets: [{ name: "Sheet1", cells: [] }] });
    const api = apiOn(excel);
    const outcome = await api.newRegister({ language: "zh" });
    expect(outcome.sheets).toEqual(["登记册", "计划审查", "请求", "词汇"]);
    const register = excel.snapshot("登记册");
    expect(register.active).toBe(true);
    expect(register.freezeRows).toBe(1);
    expect(register.tables.map((t) => [t.name, t.address])).toEqual([["JIU_Register", "A1:R2"]]);
    const rules = dataValidationsOf(sheetState(excel, "登记册")).map((v) => v.rule);
    expect(rules).toContainEqual({
      list: { inCellDropDown: true, source: "已接受,未接受,正在审议,不相关,已完成" },
    });
    expect(rules).toContainEqual({ date: { formula1: "1900-01-01", operator: "GreaterThan" } });
    const validation = await api.validate(action());
    expect(validation).toEqual({ sheet: "登记册", rows: 0, findings: [] });
  });

  test("takes an existing Vocabulary sheet's words into the dropdowns, and adds none", async () => {
    const excel = createMemoryExcel({
      sheets: [vocabularySheet([["Plenary", "Legislative body"]])],
    });
    const outcome = await apiOn(excel).newRegister({ language: "en" });
    expect(outcome.sheets).toEqual(["Register", "Planned reviews", "Requests"]);
    const sources = dataValidationsOf(sheetState(excel, "Register")).map((v) => v.rule.list?.source);
    expect(sources).toContain("Legislative body,Executive head,Plenary");
  });

  test("refuses a workbook that holds a register, changing nothing", async () => {
    const excel = createMemoryExcel(aGrid([{}]));
    const before = fingerprints(excel, excel.sheetNames());
    const error = await apiOn(excel)
      .newRegister({ language: "en" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterApiError);
    expect((error as RegisterApiError).code).toBe("register-exists");
    expect((error as RegisterApiError).message).toContain("'Register'");
    expect(fingerprints(excel, excel.sheetNames())).toEqual(before);
  });

  test("refuses when a sheet of the user's has a name it needs, changing nothing", async () => {
    const excel = createMemoryExcel({ sheets: [aSheet("Requests", [["my notes"]])] });
    const before = excel.sheetNames();
    const error = await apiOn(excel)
      .newRegister({ language: "en" })
      .catch((e: unknown) => e);
    expect((error as RegisterApiError).code).toBe("sheet-taken");
    expect((error as RegisterApiError).message).toContain("'Requests'");
    expect(excel.sheetNames()).toEqual(before);
  });

  test("a failed write leaves the workbook as it was", async () => {
    const excel = createMemoryExcel({ sheets: [{ name: "Sheet1", cells: [] }] });
    excel.injectFailure({ atSync: 3, afterActions: 60 }); // the write, half applied
    await expect(apiOn(excel).newRegister({ language: "en" })).rejects.toBeInstanceOf(RegisterApiError);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });
});
