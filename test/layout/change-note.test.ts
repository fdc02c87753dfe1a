import type { Recommendation } from "../../src/core/model";
import { changeNote, changeNoteText, type ChangeNote } from "../../src/layout/change-note";
import { aRecommendation } from "../fixtures";

describe("the change note beside an annex block", () => {
  it.each<[string, Partial<Recommendation>, ChangeNote | null]>([
    [
      "implemented, previously in progress",
      { implementation: "implemented", previousAcceptance: "accepted", previousImplementation: "inProgress" },
      { kind: "previously", status: "inProgress" },
    ],
    [
      "in progress, previously not started",
      { implementation: "inProgress", previousAcceptance: "accepted", previousImplementation: "notStarted" },
      { kind: "previously", status: "notStarted" },
    ],
    [
      "accepted now, previously under consideration",
      {
        implementation: "inProgress",
        previousAcceptance: "underConsideration",
        previousImplementation: null,
      },
      { kind: "previously", status: "underConsideration" },
    ],
    [
      "a previous implementation alone implies it was accepted",
      { implementation: "implemented", previousAcceptance: null, previousImplementation: "inProgress" },
      { kind: "previously", status: "inProgress" },
    ],
    [
      "same status, assessment updated",
      {
        implementation: "inProgress",
        previousAcceptance: "accepted",
        previousImplementation: "inProgress",
        assessmentUpdated: true,
      },
      { kind: "unchangedUpdated" },
    ],
    [
      "same status, assessment not updated",
      {
        implementation: "inProgress",
        previousAcceptance: "accepted",
        previousImplementation: "inProgress",
        assessmentUpdated: false,
      },
      null,
    ],
    [
      "previous columns blank on this row",
      { previousAcceptance: null, previousImplementation: null },
      { kind: "new" },
    ],
    [
      "no previous columns, assessment updated",
      { previousAcceptance: undefined, previousImplementation: undefined, assessmentUpdated: true },
      { kind: "assessmentUpdated" },
    ],
    [
      "no previous columns, nothing updated",
      { previousAcceptance: undefined, previousImplementation: undefined, assessmentUpdated: false },
      null,
    ],
  ])("%s", (_name, overrides, expected) => {
    expect(changeNote(aRecommendation(overrides))).toEqual(expected);
  });

  it.each<[ChangeNote, string, string]>([
    [{ kind: "previously", status: "inProgress" }, "Previously 'In progress'", "之前为“正在落实”"],
    [{ kind: "previously", status: "notStarted" }, "Previously 'Not started'", "之前为“尚未启动”"],
    [
      { kind: "unchangedUpdated" },
      "No change from previous status; assessment updated",
      "与之前状态相比无变化 评估已更新",
    ],
    [{ kind: "new" }, "First report", "首次报告"],
  ])("writes %j", (note, en, zh) => {
    expect(changeNoteText(note, "en")).toBe(en);
    expect(changeNoteText(note, "zh")).toBe(zh);
  });
});
