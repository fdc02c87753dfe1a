import type { Recommendation } from "../../../src/core/model";
import { annexContents } from "../../../src/core/summarize";
import { aClosedRecommendation, aRecommendation, aRegister, idValue } from "./builders";

const shape = (recs: readonly Recommendation[], addressee: "legislative" | "executiveHead") =>
  annexContents(aRegister(recs), addressee).map((year) => [
    year.year,
    year.reports.map((group) => [
      group.report.text,
      group.recommendations.map((rec) => (rec.number ? idValue(rec.number) : null)),
    ]),
  ]);

describe("annexContents", () => {
  it.each([
    [
      "outstanding now, status unknown before",
      { previousAcceptance: undefined, previousImplementation: undefined },
      true,
    ],
    [
      "outstanding now and before",
      { previousAcceptance: "accepted", previousImplementation: "notStarted" },
      true,
    ],
    [
      "under consideration now",
      { acceptance: "underConsideration", implementation: null, previousAcceptance: undefined },
      true,
    ],
    [
      "closed now, outstanding before",
      { implementation: "implemented", previousAcceptance: "accepted", previousImplementation: "inProgress" },
      true,
    ],
    [
      "closed now, closed before",
      {
        implementation: "implemented",
        previousAcceptance: "accepted",
        previousImplementation: "implemented",
      },
      false,
    ],
    [
      "closed now, status unknown before",
      { implementation: "implemented", previousAcceptance: undefined },
      false,
    ],
    [
      "not accepted now, under consideration before",
      { acceptance: "notAccepted", implementation: null, previousAcceptance: "underConsideration" },
      true,
    ],
    ["unreadable acceptance", { acceptance: null }, false],
  ] as const)("%s: shown = %s", (_name, fields, shown) => {
    const rec = aRecommendation({ addressee: "legislative", ...fields });
    expect(shape([rec], "legislative")).toEqual(shown ? [[2021, [["JIU/REP/2021/1", [1]]]]] : []);
  });

  it("keeps each annex to its addressee", () => {
    const recs = [aRecommendation({ addressee: "legislative", number: 1 }), aRecommendation({ number: 2 })];
    expect(shape(recs, "legislative")).toEqual([[2021, [["JIU/REP/2021/1", [1]]]]]);
    expect(shape(recs, "executiveHead")).toEqual([[2021, [["JIU/REP/2021/1", [2]]]]]);
  });

  it("groups by review year newest first, reports newest first, recommendations ascending", () => {
    const recs = [
      aRecommendation({ report: "JIU/REP/2018/4", number: 10 }),
      aClosedRecommendation({ report: "JIU/REP/2020/7", number: 4 }),
      aRecommendation({ report: "JIU/REP/2020/2", number: 6 }),
      aClosedRecommendation({ report: "JIU/REP/2020/7", number: 2 }),
      aClosedRecommendation({ report: "JIU/REP/2021/5", number: 3 }),
      aClosedRecommendation({ report: "JIU/REP/2020/8", number: 9 }),
      aClosedRecommendation({ report: "JIU/REP/2020/8", number: 1 }),
    ];
    expect(shape(recs, "executiveHead")).toEqual([
      [2021, [["JIU/REP/2021/5", [3]]]],
      [
        2020,
        [
          ["JIU/REP/2020/8", [1, 9]],
          ["JIU/REP/2020/7", [2, 4]],
          ["JIU/REP/2020/2", [6]],
        ],
      ],
      [2018, [["JIU/REP/2018/4", [10]]]],
    ]);
  });

  it("gives each report the title most of its rows use, across both annexes, and its first link", () => {
    const report = "JIU/REP/2021/3";
    const recs = [
      aRecommendation({
        report,
        number: 1,
        reportTitle: "Cybersecurity",
        reportLink: "https://jiu.example/3",
      }),
      aRecommendation({ report, number: 2, reportTitle: "Cyber security", addressee: "legislative" }),
      aRecommendation({ report, number: 3, reportTitle: "Cybersecurity", addressee: "legislative" }),
    ];
    const [year] = annexContents(aRegister(recs), "legislative");
    expect(year?.reports[0]).toMatchObject({ title: "Cybersecurity", link: "https://jiu.example/3" });
  });

  it("returns the register's own recommendation objects", () => {
    const rec = aRecommendation({ addressee: "legislative" });
    expect(annexContents(aRegister([rec]), "legislative")[0]?.reports[0]?.recommendations[0]).toBe(rec);
  });
});
