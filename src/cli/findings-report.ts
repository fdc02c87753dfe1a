import type { Finding, Severity } from "../core/findings";
import type { Register } from "../core/model";
import { findingMessage } from "../labels/finding-message";
import { formatLabel, formatPlural, type Language } from "../labels/labels";
import type { CliOutput } from "./cli-io";
import { registerPlace } from "./register-place";
import { terminalSafe } from "./terminal-text";

/**
 * `validate --json`: `{"issues":[...],"rows":N}` with exactly the fields the foundation issue names,
 * in its order, one issue per line. Yielded in pieces, so a million findings never become one string.
 */
export function* findingsJson(
  findings: readonly Finding[],
  register: Register,
  lang: Language = "en",
): Generator<string> {
  yield '{\n  "issues": [';
  let separator = "\n    ";
  for (const finding of findings) {
    const { sheet, row, column, severity, rule } = finding;
    const message = findingMessage(finding, lang);
    yield `${separator}${JSON.stringify({ sheet, row, column, severity, rule, message })}`;
    separator = ",\n    ";
  }
  yield `${findings.length > 0 ? "\n  " : ""}],\n  "rows": ${register.rows.length}\n}\n`;
}

/**
 * The readable report: errors, then warnings, each with where it is (sheet when not the register's,
 * row, column header), the message and the rule id; then a count by rule and a closing line such as
 * "24 recommendations read from sheet '登记册'; 0 errors, 2 warnings."
 */
export function* findingsText(
  findings: readonly Finding[],
  register: Register,
  asOf: string,
  lang: Language = "en",
): Generator<string> {
  const place = registerPlace(register, lang);
  yield `${formatLabel("cli.validate.register", lang, { place, headerRow: register.headerRow, date: asOf })}\n`;
  for (const severity of ["error", "warning"] as const) {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const heading = severity === "error" ? "cli.validate.errors" : "cli.validate.warnings";
    yield `\n${formatLabel(heading, lang, { count: group.length })}\n`;
    for (const finding of group) yield `  ${findingLine(finding, register.sheet, lang)}\n`;
  }
  if (findings.length > 0)
    yield `\n${formatLabel("cli.validate.byRule", lang, { counts: countsByRule(findings) })}\n`;
  yield `\n${closingLine(findings, register, lang)}\n`;
}

/** Writes pieces of text in batches of about a megabyte: few writes, and no giant string. */
export function writeChunks(out: CliOutput, pieces: Iterable<string>): void {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      out.write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) out.write(batch.join(""));
}

/**
 * "Row 12, Acceptance: ... [E05-acceptance]", with the sheet named when it is not the register's; the
 * workbook's texts escaped, line breaks included, so that a finding stays on one line.
 */
export function findingLine(finding: Finding, registerSheet: string, lang: Language = "en"): string {
  const place = [
    finding.sheet === registerSheet
      ? null
      : formatLabel("cli.validate.sheet", lang, { sheet: terminalSafe(finding.sheet) }),
    finding.row > 0 ? formatLabel("cli.validate.row", lang, { row: finding.row }) : null,
    finding.column === "" ? null : terminalSafe(finding.column),
  ]
    .filter((part): part is string => part !== null)
    .join(", ");
  const where = place === "" ? "" : `${place.charAt(0).toUpperCase()}${place.slice(1)}: `;
  return `${where}${terminalSafe(findingMessage(finding, lang))} [${finding.rule}]`;
}

export function closingLine(findings: readonly Finding[], register: Register, lang: Language = "en"): string {
  return formatLabel("cli.validate.closing", lang, {
    read: formatPlural("cli.validate.read", lang, register.rows.length, {
      place: registerPlace(register, lang),
    }),
    errors: formatPlural("cli.validate.errorCount", lang, count(findings, "error")),
    warnings: formatPlural("cli.validate.warningCount", lang, count(findings, "warning")),
  });
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
