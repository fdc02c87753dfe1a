import { countByYear, usableRecommendations } from "../../../src/core/summarize";
import { aRecommendation, aRegister } from "./builders";

const zero = {
  implemented: 0,
  inProgress: 0,
  notStarted: 0,
  underConsideration: 0,
  notAccepted: 0,
  notRelevant: 0,
  closed: 0,
};

describe("countByYear", () => {
  it("counts each status per year and addressee, newest year first, legislative first, both addressees per year", () => {
    const register = aRegister([
      aRecommendation({
        report: "JIU/REP/2019/1",
        addressee: "executiveHead",
        implementation: "implemented",
      }),
      aRecommendation({ report: "JIU/REP/2021/2", addressee: "executiveHead", implementation: "inProgress" }),
      aRecommendation({ report: "JIU/REP/2021/3", addressee: "legislative", implementation: "notStarted" }),
      aRecommendation({ report: "JIU/REP/2021/3", addressee: "legislative", implementation: null }),
      aRecommendation({
        report: "JIU/NOTE/2021/1",
        addressee: "executiveHead",
        acceptance: "underConsideration",
        implementation: null,
      }),
      aRecommendation({
        report: "JIU/REP/2019/4",
        addressee: "executiveHead",
        acceptance: "notAccepted",
        implementation: null,
      }),
      aRecommendation({
        report: "JIU/REP/2019/4",
        addressee: "executiveHead",
        acceptance: "notRelevant",
        implementation: null,
      }),
      aRecommendation({ report: null }),
    ]);
    expect(countByYear(usableRecommendations(register))).toEqual([
      { year: 2021, addressee: "legislative", ...zero, notStarted: 2 },
      { year: 2021, addressee: "executiveHead", ...zero, inProgress: 1, underConsideration: 1 },
      { year: 2019, addressee: "legislative", ...zero },
      { year: 2019, addressee: "executiveHead", ...zero, implemented: 1, notAccepted: 1, notRelevant: 1 },
    ]);
  });

  it("leaves out years with no recommendation", () => {
    const register = aRegister([
      aRecommendation({ report: "JIU/REP/2021/1" }),
      aRecommendation({ report: "JIU/REP/2018/1" }),
    ]);
    expect(countByYear(usableRecommendations(register)).map((row) => row.year)).toEqual([
      2021, 2021, 2018, 2018,
    ]);
  });
});
