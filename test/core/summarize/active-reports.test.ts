import { summarize } from "../../../src/core/summarize";
import { aClosedRecommendation, aRecommendation, aRegister, date } from "./builders";

describe("active reports (Annex III)", () => {
  it("lists reports with an outstanding recommendation, newest first, with counts per addressee", () => {
    const register = aRegister([
      aRecommendation({ report: "JIU/REP/2019/5", addressee: "executiveHead" }),
      aRecommendation({ report: "JIU/REP/2020/7", number: 6, addressee: "legislative" }),
      aRecommendation({ report: "JIU/REP/2020/7", number: 7, addressee: "legislative" }),
      aRecommendation({ report: "JIU/REP/2020/7", number: 8, addressee: "executiveHead" }),
      aClosedRecommendation({ report: "JIU/REP/2021/6" }),
      aRecommendation({ report: "JIU/REP/2018/4", acceptance: "underConsideration", implementation: null }),
    ]);
    expect(
      summarize(register, date("2023-02-28")).activeReports.map((r) => [
        r.report.text,
        r.legislative,
        r.executiveHead,
      ]),
    ).toEqual([
      ["JIU/REP/2020/7", 2, 1],
      ["JIU/REP/2019/5", 0, 1],
      ["JIU/REP/2018/4", 0, 1],
    ]);
  });

  it("takes the title most rows use and the first link, CEB comments and other documents given", () => {
    const report = "JIU/REP/2020/2";
    const register = aRegister([
      aRecommendation({ report, number: 1, reportTitle: "Learning platfrom", implementation: "implemented" }),
      aRecommendation({
        report,
        number: 2,
        reportTitle: "Learning platform",
        cebComments: "https://ceb.example/1",
      }),
      aRecommendation({
        report,
        number: 3,
        reportTitle: "Learning platform",
        reportLink: "https://jiu.example/2",
      }),
      aRecommendation({
        report,
        number: 4,
        reportTitle: "Learning platform",
        reportLink: "https://jiu.example/3",
      }),
      aRecommendation({ report, number: 5, otherDocuments: "  ", reportLink: "" }),
    ]);
    const [active] = summarize(register, date("2023-02-28")).activeReports;
    expect(active).toMatchObject({
      title: "Learning platform",
      link: "https://jiu.example/2",
      cebComments: "https://ceb.example/1",
      otherDocuments: null,
      legislative: 0,
      executiveHead: 4,
    });
  });
});
