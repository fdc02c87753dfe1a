import type { IsoDate } from "../../../src/core/grid";
import { hasErrors, validate } from "../../../src/core/validate";
import { aRecommendation, aRegister, plannedReviewsSheet, registerOf } from "../../fixtures";
import { AS_OF, findingsFor, OUTSTANDING } from "./helpers";

describe("validate", () => {
  it("sorts findings by sheet, row, column number, then rule", () => {
    const findings = findingsFor(
      [
        { ...OUTSTANDING, deadline: "2020-01-01", assessment: null, acceptance: "Accepted" },
        { reportSymbol: null, acceptance: "??" },
      ],
      {
        extraSheets: [
          plannedReviewsSheet([
            ["A460", "x", 2021],
            ["A460", "y", 2021],
          ]),
        ],
      },
    );
    expect(
      findings.map(({ sheet, row, columnNumber, rule }) => `${sheet}:${row}:${columnNumber}:${rule}`),
    ).toEqual([
      "Register:2:7:W05-assessment-missing",
      "Register:2:14:W02-deadline-overdue",
      "Register:3:1:E01-report-symbol",
      "Register:3:8:E05-acceptance",
      "Planned reviews:3:1:W07-planned-review-code",
    ]);
  });

  it("does not modify the register", () => {
    const register = aRegister([{ acceptance: "Acepted" }, { responsible: "人力资源部（人力部）部长" }]);
    const before = JSON.stringify(register);
    validate(register, AS_OF);
    expect(JSON.stringify(register)).toBe(before);
  });

  it("gives the same findings twice", () => {
    const register = aRegister([{ acceptance: "Acepted" }, { recommendationNumber: 1 }], {
      keepNumbers: true,
    });
    expect(validate(register, AS_OF)).toEqual(validate(register, AS_OF));
  });

  it("works on a register built from typed recommendations", () => {
    const register = registerOf([
      aRecommendation({ row: 2, report: "JIU/REP/2021/6", number: 4 }),
      aRecommendation({ row: 3, report: "JIU/REP/2021/6", number: 4, addressee: "legislative" }),
    ]);
    expect(validate(register, AS_OF).map(({ row, rule }) => [row, rule])).toEqual([
      [3, "E03-duplicate-recommendation"],
    ]);
  });

  it("hasErrors is true only when an error is among the findings", () => {
    expect(hasErrors(findingsFor([{ acceptance: "?" }]))).toBe(true);
    expect(hasErrors(findingsFor([{ lastUpdated: "2023-03-01" }]))).toBe(false);
    expect(hasErrors(validate(aRegister([]), "2023-02-28" as IsoDate))).toBe(false);
  });
});
