import type { GenerationOutcome } from "../../src/app/register-api";
import type { IsoDate } from "../../src/core/grid";
import { initialPaneState, paneReducer, type PaneState } from "../../src/taskpane/state/pane-state";
import { aFinding } from "./finding-fixtures";

const start = initialPaneState("2023-02-28" as IsoDate, "zh");
const busy = (state: PaneState = start): PaneState =>
  paneReducer(state, { type: "started", action: "validate" });
const generated = (overrides: Partial<GenerationOutcome>): GenerationOutcome => ({
  sheets: ["Summary"],
  renamedFrom: [],
  refusedFindings: null,
  ...overrides,
});

describe("paneReducer", () => {
  it("starts with the given date and language, idle, grouping by rule", () => {
    expect(start).toMatchObject({ asOf: "2023-02-28", annexLanguage: "zh", grouping: "rule", busy: null });
  });

  it("clears the previous error when an action starts", () => {
    const failed = paneReducer(start, { type: "failed", error: { code: "ItemNotFound", message: "gone" } });
    expect(busy(failed)).toMatchObject({ error: null, busy: { action: "validate", progress: null } });
  });

  it("moves progress forward, clamped to 0..1", () => {
    let state = busy();
    state = paneReducer(state, { type: "progressed", fraction: 0.4 });
    expect(state.busy?.progress).toBe(0.4);
    state = paneReducer(state, { type: "progressed", fraction: 7 });
    expect(state.busy?.progress).toBe(1);
  });

  it("never moves progress backwards", () => {
    const state = paneReducer(busy(), { type: "progressed", fraction: 0.5 });
    expect(paneReducer(state, { type: "progressed", fraction: 0.2 })).toBe(state);
  });

  it("ignores progress when nothing runs", () => {
    expect(paneReducer(start, { type: "progressed", fraction: 0.5 })).toBe(start);
  });

  it("shows a validation's findings and drops an older generation message", () => {
    const withGeneration = paneReducer(busy(), {
      type: "generated",
      action: "annex",
      outcome: generated({}),
    });
    const view = { source: "validation" as const, sheet: "Register", rows: 24, findings: [aFinding()] };
    const state = paneReducer(busy(withGeneration), { type: "validated", view });
    expect(state).toMatchObject({ busy: null, findings: view, generation: null });
  });

  it("lists the errors that made a generation refuse", () => {
    const refused = [aFinding({ row: 12 })];
    const state = paneReducer(busy(), {
      type: "generated",
      action: "summary",
      outcome: generated({ sheets: [], refusedFindings: refused }),
    });
    expect(state.findings).toEqual({ source: "refusal", sheet: "Register", rows: null, findings: refused });
    expect(state.generation?.action).toBe("summary");
  });

  it("keeps the findings on screen after a successful generation", () => {
    const view = { source: "validation" as const, sheet: "Register", rows: 24, findings: [] };
    const validated = paneReducer(busy(), { type: "validated", view });
    const state = paneReducer(busy(validated), {
      type: "generated",
      action: "annex",
      outcome: generated({}),
    });
    expect(state.findings).toBe(view);
  });

  it("after generating anyway, lists the refused errors as findings, no longer as errors to fix first", () => {
    const refused = [aFinding({ row: 12 })];
    const refusal = paneReducer(busy(), {
      type: "generated",
      action: "annex",
      outcome: generated({ sheets: [], refusedFindings: refused }),
    });
    const forced = paneReducer(busy(refusal), { type: "generated", action: "annex", outcome: generated({}) });
    expect(forced.findings).toMatchObject({ source: "validation", findings: refused });
  });

  it("records a failure and stops being busy", () => {
    const state = paneReducer(busy(), { type: "failed", error: { code: "GeneralException", message: "x" } });
    expect(state).toMatchObject({ busy: null, error: { code: "GeneralException" } });
  });

  it("says when the marks were cleared, until the next action", () => {
    const cleared = paneReducer(busy(), { type: "marksCleared" });
    expect(cleared.marksCleared).toBe(true);
    expect(busy(cleared).marksCleared).toBe(false);
  });

  it("drops the old findings and the generated sheets' message when the marks are cleared", () => {
    let state = paneReducer(busy(), {
      type: "validated",
      view: { source: "validation", sheet: "Register", rows: 3, findings: [aFinding()] },
    });
    state = paneReducer(state, { type: "generated", action: "annex", outcome: generated({}) });
    expect(state.findings).not.toBeNull();
    expect(state.generation).not.toBeNull();
    const cleared = paneReducer(paneReducer(state, { type: "started", action: "clearMarks" }), {
      type: "marksCleared",
    });
    expect(cleared).toMatchObject({ marksCleared: true, findings: null, generation: null });
  });
});
