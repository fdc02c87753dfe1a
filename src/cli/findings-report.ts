import type { Finding, Severity } from "../core/findings";
import type { Register } from "../core/model";
import { registerPlace } from "./load-register";

/** `validate --json`: exactly the fields the foundation issue names, in its order. */
export function findingsJson(findings: readonly Finding[], register: Register): string {
  const issues = findings.map(({ sheet, row, column, severity, rule, message }) => ({
    sheet,
    row,
    column,
    severity,
    rule,
    message,
  }));
  return `${JSON.stringify({ issues, rows: register.rows.length }, null, 2)}\n`;
}

/**
 * The readable report: errors, then warnings, each with where it is (sheet when not the register's,
 * row, column header), the message and the rule id; then a count by rule and a closing line such as
 * "24 recommendations read from sheet '登记册'; 0 errors, 2 warnings."
 */
export function findingsText(findings: readonly Finding[], register: Register, asOf: string): string {
  const lines = [`Register: ${registerPlace(register)}, header on row ${register.headerRow}; as of ${asOf}.`];
  for (const severity of ["error", "warning"] as const) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push("", `${severity === "error" ? "Errors" : "Warnings"} (${group.length})`);
    for (const finding of group) lines.push(`  ${findingLine(finding, register.sheet)}`);
  }
  if (findings.length > 0) lines.push("", `By rule: ${countsByRule(findings)}`);
  lines.push("", closingLine(findings, register));
  return `${lines.join("\n")}\n`;
}

/** "Row 12, Acceptance: ... [E05-acceptance]", with the sheet named when it is not the register's. */
export function findingLine(finding: Finding, registerSheet: string): string {
  const place = [
    finding.sheet === registerSheet ? null : `Sheet '${finding.sheet}'`,
    finding.row > 0 ? `row ${finding.row}` : null,
    finding.column === "" ? null : finding.column,
  ]
    .filter((part): part is string => part !== null)
    .join(", ");
  const where = place === "" ? "" : `${place.charAt(0).toUpperCase()}${place.slice(1)}: `;
  return `${where}${finding.message} [${finding.rule}]`;
}

export function closingLine(findings: readonly Finding[], register: Register): string {
  const rows = register.rows.length;
  return (
    `${rows} ${rows === 1 ? "recommendation" : "recommendations"} read from ${registerPlace(register)}; ` +
    `${plural(count(findings, "error"), "error")}, ${plural(count(findings, "warning"), "warning")}.`
  );
}

export function count(findings: readonly Finding[], severity: Severity): number {
  return findings.reduce((total, finding) => total + (finding.severity === severity ? 1 : 0), 0);
}

function countsByRule(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(", ");
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
