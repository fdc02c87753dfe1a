import type { LiveCheckEvent } from "../../src/app/register-api";
import { createExcelRegisterApi } from "../../src/excel";
import { memorySettings } from "../../src/excel/document-settings";
import { CHECK_AS_YOU_TYPE_SETTING, rowSpan } from "../../src/excel/live-check";
import { createMemoryExcel } from "../../dev/memory-excel";
import { aGrid } from "../fixtures";
import { action, cellAt } from "./support";

const ERROR_FILL = "#FFC7CE";

/** A valid register of `rows` rows (recommendations 1..rows of one report), the adapter, and its settings. */
function setUp(rows: number, settings = memorySettings()) {
  const excel = createMemoryExcel(aGrid(Array.from({ length: rows }, () => ({}))), {
    limits: { responseBytes: null },
  });
  const api = createExcelRegisterApi(excel.run, {
    responseLimitBytes: null,
    yieldToUi: async () => undefined,
    settings,
  });
  const events: LiveCheckEvent[] = [];
  api.onLiveCheck((event) => events.push(event));
  return { excel, api, events, settings };
}

describe("Check as I type", () => {
  test("is off by default, and then an edit is not checked and costs no round trip", async () => {
    const { excel, api, events } = setUp(20);
    expect(api.checkAsYouType()).toBe(false);
    await api.validate(action());
    excel.resetStats();
    await excel.typeInto("Register", "H5", [["Acepted"]]);
    expect(events).toEqual([]);
    expect(excel.stats.syncs).toBe(0);
  });

  test("its state is kept in the document's settings", async () => {
    const settings = memorySettings();
    const { api } = setUp(5, settings);
    await api.setCheckAsYouType(true);
    expect(settings.get(CHECK_AS_YOU_TYPE_SETTING)).toBe(true);
    expect(createExcelRegisterApi(createMemoryExcel(null).run, { settings }).checkAsYouType()).toBe(true);
    await api.setCheckAsYouType(false);
    expect(settings.get(CHECK_AS_YOU_TYPE_SETTING)).toBe(false);
  });

  test("an edit is checked in two round trips, reading the edited row alone, and marked", async () => {
    const { excel, api, events } = setUp(2_000);
    await api.setCheckAsYouType(true);
    await api.validate(action());
    excel.resetStats();
    await api.validate(action());
    const fullRead = Math.max(...excel.stats.records.map((record) => record.responseBytes));
    excel.resetStats();

    await excel.typeInto("Register", "H5", [["Acepted"]]);
    expect(excel.stats.syncs).toBe(2);
    const [read, write] = excel.stats.records;
    // One row of 17 cells, its number formats and its link cells: a few kilobytes, where the register is megabytes.
    expect(read?.responseBytes).toBeLessThan(5_000);
    expect(read?.responseBytes).toBeLessThan(fullRead / 100);
    expect(write?.responseBytes).toBe(0);
    const event = events.at(-1);
    if (event?.kind !== "updated") throw new Error(`expected an update, got ${event?.kind}`);
    expect(event.rows).toEqual([5]);
    expect(event.outcome.findings.map((f) => [f.row, f.rule])).toEqual([[5, "E05-acceptance"]]);
    expect(cellAt(excel, "Register", 5, 8)?.conditionalFill).toBe(ERROR_FILL);

    await excel.typeInto("Register", "H5", [["Accepted"]]);
    const fixed = events.at(-1);
    expect(fixed?.kind === "updated" && fixed.outcome.findings).toEqual([]);
    expect(cellAt(excel, "Register", 5, 8)?.conditionalFill).toBeNull();
  });

  test("a duplicate typed on one row is found with the whole register, and goes when undone", async () => {
    const { excel, api, events } = setUp(30);
    await api.setCheckAsYouType(true);
    await api.validate(action());
    await excel.typeInto("Register", "D20", [[3]]);
    const event = events.at(-1);
    if (event?.kind !== "updated") throw new Error("expected an update");
    expect(event.outcome.findings.map((f) => [f.row, f.rule])).toEqual([
      [20, "E03-duplicate-recommendation"],
    ]);
    expect(cellAt(excel, "Register", 20, 4)?.conditionalFill).toBe(ERROR_FILL);
    await excel.typeInto("Register", "D20", [[19]]);
    const undone = events.at(-1);
    expect(undone?.kind === "updated" && undone.outcome.findings).toEqual([]);
  });

  test("after several edits, the findings are those of a full validation", async () => {
    const { excel, api, events } = setUp(40);
    await api.setCheckAsYouType(true);
    await api.validate(action());
    await excel.typeInto("Register", "H7:I8", [
      ["Not accepted", "In progress"],
      ["", "Implemented"],
    ]);
    await excel.typeInto("Register", "M10", [["chief security officer "]]);
    await excel.typeInto("Register", "A12:B12", [["JIU/REP/2021/3", "Another title"]]);
    const last = events.at(-1);
    if (last?.kind !== "updated") throw new Error("expected an update");
    const full = await api.validate(action());
    expect(last.outcome.findings).toEqual(full.findings);
    expect(full.findings.length).toBeGreaterThan(0);
  });

  test("an edit of the header asks for a full validation", async () => {
    const { excel, api, events } = setUp(10);
    await api.setCheckAsYouType(true);
    await api.validate(action());
    await excel.typeInto("Register", "H1", [["Acceptance status"]]);
    expect(events.at(-1)).toEqual({ kind: "needsFullCheck" });
  });

  test("rowSpan reads the rows of an edit's address", () => {
    expect(rowSpan("B7:D9")).toEqual({ first: 7, count: 3 });
    expect(rowSpan("C5")).toEqual({ first: 5, count: 1 });
    expect(rowSpan("5:7")).toEqual({ first: 5, count: 3 });
    expect(rowSpan("C:D")).toBeNull();
  });
});
