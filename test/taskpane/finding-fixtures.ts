import type { Finding } from "../../src/core/findings";

/** A finding with sensible defaults; override only what the test is about. */
export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    sheet: "Register",
    row: 5,
    column: "Acceptance",
    columnNumber: 8,
    severity: "error",
    rule: "E05-acceptance",
    messageId: "unknownStatus",
    params: { field: "acceptance", value: "Acepted", choices: "acceptance" },
    ...overrides,
  };
}
