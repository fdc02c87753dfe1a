import { countBySeverity, groupFindings } from "../../src/taskpane/findings/group-findings";
import { aFinding } from "./finding-fixtures";

describe("groupFindings", () => {
  const findings = [
    aFinding({ row: 3, rule: "W05-assessment-missing", severity: "warning", column: "Assessment" }),
    aFinding({ row: 3, rule: "E05-acceptance" }),
    aFinding({ row: 9, rule: "E05-acceptance" }),
    aFinding({ row: 4, rule: "E01-report-symbol", column: "Symbol" }),
  ];

  it("puts errors' rules before warnings', each in rule order, keeping the input order inside a group", () => {
    const groups = groupFindings(findings, "rule");
    expect(groups.map((g) => g.id)).toEqual([
      "rule:E01-report-symbol",
      "rule:E05-acceptance",
      "rule:W05-assessment-missing",
    ]);
    expect(groups[1]?.findings.map((f) => f.row)).toEqual([3, 9]);
    expect(groups[1]).toMatchObject({ errors: 2, warnings: 0 });
  });

  it("groups by row in row order, counting each severity", () => {
    const groups = groupFindings(findings, "row");
    expect(groups.map((g) => g.key)).toEqual([
      { kind: "row", sheet: "Register", row: 3 },
      { kind: "row", sheet: "Register", row: 4 },
      { kind: "row", sheet: "Register", row: 9 },
    ]);
    expect(groups[0]).toMatchObject({ errors: 1, warnings: 1 });
  });

  it("keeps sheets apart and in the order they first appear", () => {
    const groups = groupFindings([aFinding({ sheet: "B", row: 2 }), aFinding({ sheet: "A", row: 1 })], "row");
    expect(groups.map((g) => g.key)).toEqual([
      { kind: "row", sheet: "B", row: 2 },
      { kind: "row", sheet: "A", row: 1 },
    ]);
  });

  it("gives no group for no findings", () => {
    expect(groupFindings([], "rule")).toEqual([]);
  });

  it("does not change its input", () => {
    const input = [aFinding({ row: 9 }), aFinding({ row: 1 })];
    const copy = JSON.parse(JSON.stringify(input));
    groupFindings(input, "row");
    expect(input).toEqual(copy);
  });
});

describe("countBySeverity", () => {
  it("counts errors and warnings", () => {
    expect(countBySeverity([aFinding(), aFinding({ severity: "warning" }), aFinding()])).toEqual({
      errors: 2,
      warnings: 1,
    });
  });
});
