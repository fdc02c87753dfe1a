import type { Finding } from "../../src/core/findings";
import { findingLine, findingsJson, findingsText, writeChunks } from "../../src/cli/findings-report";
import { findingMessage, renderFindings } from "../../src/labels/finding-message";
import { aRegister } from "../fixtures/register";

function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    sheet: "Register",
    row: 3,
    column: "Acceptance",
    columnNumber: 8,
    severity: "error",
    rule: "E05-acceptance",
    messageId: "unknownStatus",
    params: { field: "acceptance", value: "Acepted", choices: "acceptance" },
    ...overrides,
  };
}

/** The fixture finding's English text, as the CLI prints it. */
const TEXT = findingMessage(aFinding(), "en");

describe("the validate report", () => {
  const register = aRegister([{}, {}]);

  it.each([
    ["no findings", []],
    ["two findings", [aFinding(), aFinding({ severity: "warning", rule: "W02-deadline-overdue", row: 4 })]],
  ])("prints valid JSON of the issue's shape with %s", (_name, findings: Finding[]) => {
    const text = [...findingsJson(findings, register)].join("");
    expect(JSON.parse(text)).toEqual({
      issues: renderFindings(findings, "en").map(({ sheet, row, column, severity, rule, message }) => ({
        sheet,
        row,
        column,
        severity,
        rule,
        message,
      })),
      rows: 2,
    });
  });

  it.each([
    [aFinding(), `Row 3, Acceptance: ${TEXT} [E05-acceptance]`],
    [
      aFinding({ sheet: "Planned reviews", row: 4, column: "Code" }),
      `Sheet 'Planned reviews', row 4, Code: ${TEXT} [E05-acceptance]`,
    ],
    [aFinding({ column: "" }), `Row 3: ${TEXT} [E05-acceptance]`],
  ])("places a finding by sheet, row and column", (finding, line) => {
    expect(findingLine(finding, "Register")).toBe(line);
  });

  it("groups errors before warnings and closes with the counts", () => {
    const text = [
      ...findingsText(
        [aFinding({ severity: "warning", rule: "W05-assessment-missing" }), aFinding({ row: 5 })],
        register,
        "2023-02-28",
      ),
    ].join("");
    expect(text.indexOf("Errors (1)")).toBeLessThan(text.indexOf("Warnings (1)"));
    expect(text).toContain("By rule: E05-acceptance 1, W05-assessment-missing 1");
    expect(text.endsWith("2 recommendations read from sheet 'Register'; 1 error, 1 warning.\n")).toBe(true);
  });

  it("writes long reports in a few large pieces", () => {
    const writes: string[] = [];
    const pieces = Array.from({ length: 30_000 }, (_, index) => `line ${index} ${"x".repeat(60)}\n`);
    writeChunks({ write: (text: string) => writes.push(text) }, pieces);
    expect(writes.join("")).toBe(pieces.join(""));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(5);
  });
});
