import { computeRates, usableRecommendations } from "../../../src/core/summarize";
import { aRecommendation, aRegister } from "./builders";

describe("computeRates", () => {
  const recs = usableRecommendations(
    aRegister([
      aRecommendation({ addressee: "legislative", implementation: "implemented" }),
      aRecommendation({ addressee: "legislative", implementation: "inProgress" }),
      aRecommendation({ addressee: "legislative", acceptance: "notAccepted", implementation: null }),
      aRecommendation({ addressee: "legislative", acceptance: "notRelevant", implementation: null }),
      aRecommendation({ addressee: "executiveHead", acceptance: "underConsideration", implementation: null }),
    ]),
  );

  it("acceptance = accepted / (all - not relevant - under consideration); implementation = implemented / accepted", () => {
    expect(computeRates(recs)).toEqual({
      acceptance: 2 / 3,
      implementation: 1 / 2,
      total: 5,
      accepted: 2,
      implemented: 1,
    });
    expect(computeRates(recs, "legislative")).toEqual({
      acceptance: 2 / 3,
      implementation: 1 / 2,
      total: 4,
      accepted: 2,
      implemented: 1,
    });
  });

  it("gives null, not 0, when there is nothing to rate", () => {
    expect(computeRates(recs, "executiveHead")).toEqual({
      acceptance: null,
      implementation: null,
      total: 1,
      accepted: 0,
      implemented: 0,
    });
    expect(computeRates([])).toEqual({
      acceptance: null,
      implementation: null,
      total: 0,
      accepted: 0,
      implemented: 0,
    });
  });
});
