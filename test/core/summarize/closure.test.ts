import { proposedForClosure, usableRecommendations } from "../../../src/core/summarize";
import { aClosedRecommendation, aRecommendation, aRegister, idValue } from "./builders";

const closuresOf = (...recs: Parameters<typeof aRegister>[0]) =>
  proposedForClosure(usableRecommendations(aRegister(recs))).map((group) => [
    group.report.text,
    group.recommendations.map(idValue),
  ]);

describe("proposedForClosure", () => {
  it("groups by report, newest first by year then number, numbers ascending, addressees merged", () => {
    expect(
      closuresOf(
        aClosedRecommendation({ report: "JIU/REP/2020/2", number: 3 }),
        aClosedRecommendation({ report: "JIU/REP/2021/3", number: 2, addressee: "legislative" }),
        aClosedRecommendation({ report: "JIU/REP/2020/10", number: 1 }),
        aClosedRecommendation({ report: "JIU/REP/2021/3", number: 1, addressee: "executiveHead" }),
        aClosedRecommendation({ report: "JIU/REP/2018/6", number: 4 }),
        aClosedRecommendation({ report: "JIU/REP/2018/6", number: 1 }),
      ),
    ).toEqual([
      ["JIU/REP/2021/3", [1, 2]],
      ["JIU/REP/2020/10", [1]],
      ["JIU/REP/2020/2", [3]],
      ["JIU/REP/2018/6", [1, 4]],
    ]);
  });

  it("sorts two-digit years as 19xx and keeps a note apart from the report of the same number", () => {
    expect(
      closuresOf(
        aClosedRecommendation({ report: "JIU/REP/98/3" }),
        aClosedRecommendation({ report: "JIU/NOTE/2019/1" }),
        aClosedRecommendation({ report: "JIU/REP/2019/1" }),
      ),
    ).toEqual([
      ["JIU/REP/2019/1", [1]],
      ["JIU/NOTE/2019/1", [1]],
      ["JIU/REP/98/3", [1]],
    ]);
  });

  it.each([
    [
      "in progress -> implemented",
      { previousImplementation: "inProgress", implementation: "implemented" },
      true,
    ],
    [
      "not started -> implemented",
      { previousImplementation: "notStarted", implementation: "implemented" },
      true,
    ],
    [
      "under consideration -> not accepted",
      {
        previousAcceptance: "underConsideration",
        previousImplementation: null,
        acceptance: "notAccepted",
        implementation: null,
      },
      true,
    ],
    [
      "under consideration -> not relevant",
      {
        previousAcceptance: "underConsideration",
        previousImplementation: null,
        acceptance: "notRelevant",
        implementation: null,
      },
      true,
    ],
    [
      "previous implementation only (no previous acceptance column)",
      { previousAcceptance: undefined, previousImplementation: "inProgress", implementation: "implemented" },
      true,
    ],
    ["still in progress", { previousImplementation: "inProgress", implementation: "inProgress" }, false],
    [
      "implemented before and now",
      { previousImplementation: "implemented", implementation: "implemented" },
      false,
    ],
    [
      "previous status unknown",
      { previousAcceptance: undefined, previousImplementation: undefined, implementation: "implemented" },
      false,
    ],
    [
      "previous status blank",
      { previousAcceptance: null, previousImplementation: null, implementation: "implemented" },
      false,
    ],
    [
      "not relevant before and now",
      {
        previousAcceptance: "notRelevant",
        previousImplementation: null,
        acceptance: "notRelevant",
        implementation: null,
      },
      false,
    ],
  ] as const)("%s: proposed = %s", (_name, fields, proposed) => {
    const rec = aRecommendation({ previousAcceptance: "accepted", ...fields });
    expect(closuresOf(rec)).toEqual(proposed ? [["JIU/REP/2021/1", [1]]] : []);
  });

  it("ignores rows whose report, number, addressee or acceptance could not be read", () => {
    expect(
      closuresOf(
        aClosedRecommendation({ report: null }),
        aClosedRecommendation({ number: null }),
        aClosedRecommendation({ addressee: null }),
        aClosedRecommendation({ acceptance: null }),
      ),
    ).toEqual([]);
  });

  it("lists a number repeated within a report once", () => {
    expect(closuresOf(aClosedRecommendation({ number: 2 }), aClosedRecommendation({ number: 2 }))).toEqual([
      ["JIU/REP/2021/1", [2]],
    ]);
  });
});
