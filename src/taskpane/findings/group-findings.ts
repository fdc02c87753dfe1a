import type { Finding, RuleId, Severity } from "../../app/register-api";
import type { Grouping } from "../state/pane-state";

export type FindingGroupKey =
  | { readonly kind: "rule"; readonly rule: RuleId; readonly severity: Severity }
  | { readonly kind: "row"; readonly sheet: string; readonly row: number };

export interface FindingGroup {
  /** Stable across renders: used as React key and for the group's expanded state. */
  readonly id: string;
  readonly key: FindingGroupKey;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Groups findings by rule (errors' rules first, then warnings', each by rule id) or by row (in sheet order,
 * then row). Within a group the input order is kept: the validator sorts by row, column, then rule.
 *
 * @example groupFindings(findings, "row")[0].key // { kind: "row", sheet: "Register", row: 5 }
 */
export function groupFindings(findings: readonly Finding[], grouping: Grouping): FindingGroup[] {
  const groups = new Map<string, { key: FindingGroupKey; findings: Finding[]; order: number }>();
  const sheetOrder = new Map<string, number>();
  for (const finding of findings) {
    if (!sheetOrder.has(finding.sheet)) sheetOrder.set(finding.sheet, sheetOrder.size);
    const id = groupId(finding, grouping);
    let group = groups.get(id);
    if (!group) {
      const key: FindingGroupKey =
        grouping === "rule"
          ? { kind: "rule", rule: finding.rule, severity: finding.severity }
          : { kind: "row", sheet: finding.sheet, row: finding.row };
      group = { key, findings: [], order: groups.size };
      groups.set(id, group);
    }
    group.findings.push(finding);
  }
  const result = [...groups.entries()].map(([id, group]) => ({
    id,
    key: group.key,
    findings: group.findings,
    errors: group.findings.filter((f) => f.severity === "error").length,
    warnings: group.findings.filter((f) => f.severity === "warning").length,
  }));
  return result.sort((a, b) => compareKeys(a.key, b.key, sheetOrder));
}

function groupId(finding: Finding, grouping: Grouping): string {
  return grouping === "rule" ? `rule:${finding.rule}` : `row:${finding.sheet}\u0000${finding.row}`;
}

function compareKeys(
  a: FindingGroupKey,
  b: FindingGroupKey,
  sheetOrder: ReadonlyMap<string, number>,
): number {
  if (a.kind === "rule" && b.kind === "rule") {
    if (a.severity !== b.severity) return a.severity === "error" ? -1 : 1;
    return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0;
  }
  if (a.kind === "row" && b.kind === "row") {
    const sheets = (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0);
    return sheets !== 0 ? sheets : a.row - b.row;
  }
  return 0;
}

/** Counts by severity, for the summary line above the list. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
