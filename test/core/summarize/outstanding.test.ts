import { countOutstanding, usableRecommendations } from "../../../src/core/summarize";
import { aRecommendation, aRegister } from "./builders";

describe("countOutstanding", () => {
  it("counts accepted-not-implemented and under-consideration recommendations, per addressee", () => {
    const register = aRegister([
      aRecommendation({ addressee: "legislative", implementation: "inProgress" }),
      aRecommendation({ addressee: "executiveHead", implementation: "notStarted" }),
      aRecommendation({ addressee: "executiveHead", acceptance: "underConsideration", implementation: null }),
      // Accepted with a blank implementation counts as not started (validation flags the blank).
      aRecommendation({ addressee: "executiveHead", implementation: null }),
      aRecommendation({ addressee: "legislative", implementation: "implemented" }),
      aRecommendation({ addressee: "legislative", acceptance: "notAccepted", implementation: null }),
      aRecommendation({ addressee: "executiveHead", acceptance: "notRelevant", implementation: null }),
      aRecommendation({ addressee: null }),
    ]);
    expect(countOutstanding(usableRecommendations(register))).toEqual({ legislative: 1, executiveHead: 3 });
  });
});
