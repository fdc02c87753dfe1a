/**
 * Two language settings: the pane's (every error message) and an action's output language (the generated
 * sheets). An English annex generated from a Chinese pane still fails in Chinese, and Go to after it too:
 * nothing of one action's language carries over to the next.
 */
import { createExcelRegisterApi } from "../../src/excel";
import { createMemoryExcel } from "../../dev/memory-excel";
import { aGrid } from "../fixtures";
import { action } from "./support";
import type { Finding } from "../../src/app/register-api";

const HAN = /[\u4e00-\u9fff]/;

function chinesePaneApi() {
  const excel = createMemoryExcel(aGrid([{}]), { limits: { responseBytes: null } });
  return createExcelRegisterApi(excel.run, { language: "zh", yieldToUi: async () => undefined });
}

const nowhere: Finding = {
  sheet: "No such sheet",
  row: 2,
  column: "",
  columnNumber: 0,
  severity: "error",
  rule: "E03-duplicate-recommendation",
  messageId: "recommendation.duplicate",
  params: {},
};

describe("the pane's language and the output's", () => {
  it("Go to fails in the pane's language after an English action", async () => {
    const api = chinesePaneApi();
    await api.generateAnnex(action({ language: "en" }));
    const failure = (await api.goTo(nowhere).catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(HAN);
  });

  it("an English pane's Go to fails in English after a Chinese annex", async () => {
    const excel = createMemoryExcel(aGrid([{}]), { limits: { responseBytes: null } });
    const api = createExcelRegisterApi(excel.run, { language: "en", yieldToUi: async () => undefined });
    const outcome = await api.generateAnnex(action({ language: "zh" }));
    expect(outcome.sheets.join("")).toMatch(HAN);
    const failure = (await api.goTo(nowhere).catch((error: unknown) => error)) as Error;
    expect(failure.message).not.toMatch(HAN);
    expect(failure.message).toMatch(/renamed or deleted/);
  });
});
