import { summarize } from "../../../src/core/summarize";
import { aClosedRecommendation, aRecommendation, aRegister, date } from "./builders";

describe("summarize", () => {
  const asOf = date("2023-02-28");

  it("counts only usable rows in the total and takes the first organization given", () => {
    const register = aRegister([
      aRecommendation({ organization: "  " }),
      aRecommendation({ organization: "WIPO" }),
      aRecommendation({ organization: "UNESCO", acceptance: null }),
      aRecommendation({ number: null }),
    ]);
    const summary = summarize(register, asOf);
    expect(summary.total).toBe(2);
    expect(summary.organization).toBe("WIPO");
    expect(summary.asOf).toBe("2023-02-28");
  });

  it("gives no organization when no row names one", () => {
    expect(summarize(aRegister([aRecommendation()]), asOf).organization).toBeNull();
  });

  it("passes the planned reviews through and has no timeliness without a Requests sheet", () => {
    const plannedReviews = [{ row: 2, code: "A457", title: "Racism", workPlanYear: 2021 }];
    const summary = summarize(aRegister([], { plannedReviews, plannedReviewsSheet: "Planned" }), asOf);
    expect(summary.plannedReviews).toEqual(plannedReviews);
    expect(summary.timeliness).toBeNull();
    expect(summary.rates.overall).toEqual({
      acceptance: null,
      implementation: null,
      total: 0,
      accepted: 0,
      implemented: 0,
    });
  });

  it("does not modify the register", () => {
    const register = aRegister([
      aClosedRecommendation({ report: "JIU/REP/2020/1", number: 3 }),
      aClosedRecommendation({ report: "JIU/REP/2021/1", number: 1 }),
      aRecommendation({ report: "JIU/REP/2019/1" }),
    ]);
    const before = JSON.stringify(register);
    summarize(register, asOf);
    expect(JSON.stringify(register)).toBe(before);
  });
});
