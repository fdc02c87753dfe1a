import { countTimeliness, timelinessOf } from "../../../src/core/summarize";
import { aRegister, aRequest, date } from "./builders";

const asOf = date("2023-02-28");

describe("timeliness of responses to JIU requests", () => {
  it.each([
    ["answered before the due date", { due: date("2023-01-31"), answered: date("2023-01-30") }, "onTime"],
    ["answered on the due date", { due: date("2023-01-31"), answered: date("2023-01-31") }, "onTime"],
    ["answered a day late", { due: date("2023-01-31"), answered: date("2023-02-01") }, "late"],
    ["answered, no due date", { due: null, answered: date("2023-02-01") }, "onTime"],
    ["unanswered, due later", { due: date("2023-03-17"), answered: null }, "pending"],
    ["unanswered, due on the as-of date", { due: date("2023-02-28"), answered: null }, "pending"],
    ["unanswered, due the day before", { due: date("2023-02-27"), answered: null }, "overdue"],
    ["unanswered, no due date", { due: null, answered: null }, "pending"],
  ] as const)("%s: %s", (_name, fields, outcome) => {
    expect(timelinessOf(aRequest(fields), asOf)).toBe(outcome);
  });

  it("counts the outcomes when the workbook has a Requests sheet", () => {
    const register = aRegister([], {
      requestsSheet: "Requests",
      requests: [
        aRequest({ due: date("2023-01-31"), answered: date("2023-01-30") }),
        aRequest({ due: date("2023-01-31"), answered: date("2023-01-30") }),
        aRequest({ due: date("2023-01-31"), answered: date("2023-02-03") }),
        aRequest({ due: date("2023-03-31"), answered: null }),
        aRequest({ due: date("2023-01-31"), answered: null }),
      ],
    });
    expect(countTimeliness(register, asOf)).toEqual({ onTime: 2, late: 1, pending: 1, overdue: 1 });
  });

  it("is null without a Requests sheet and zeros with an empty one", () => {
    expect(countTimeliness(aRegister([]), asOf)).toBeNull();
    expect(countTimeliness(aRegister([], { requestsSheet: "Requests" }), asOf)).toEqual({
      onTime: 0,
      late: 0,
      pending: 0,
      overdue: 0,
    });
  });
});
