import { findingWhere } from "../../src/taskpane/findings/finding-where";
import { translator } from "../../src/taskpane/i18n/text-context";
import { aFinding } from "./finding-fixtures";

const plannedReview = aFinding({
  sheet: "Planned reviews",
  row: 3,
  column: "Code",
  columnNumber: 1,
  severity: "warning",
  rule: "W07-planned-review-code",
});

describe("findingWhere", () => {
  it("names the sheet of a finding when asked (grouped by rule, findings on several sheets)", () => {
    expect(findingWhere(plannedReview, translator("en"), true)).toBe("Planned reviews, row 3, column Code");
    expect(findingWhere(plannedReview, translator("zh"), true)).toBe("Planned reviews，第 3 行，Code 列");
  });

  it("names the sheet of a whole-row finding", () => {
    const wholeRow = { ...plannedReview, column: "", columnNumber: 0 };
    expect(findingWhere(wholeRow, translator("en"), true)).toBe("Planned reviews, row 3");
  });

  it("gives row and column alone otherwise", () => {
    expect(findingWhere(aFinding(), translator("en"), false)).toBe("Row 5, column Acceptance");
    expect(findingWhere({ ...aFinding(), columnNumber: 0 }, translator("en"), false)).toBe("Row 5");
  });
});
