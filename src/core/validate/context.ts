import type { Finding, FindingParams, RuleId, Severity } from "../findings";
import type { IsoDate } from "../grid";
import type { ColumnId, ColumnRef, Register } from "../model";
import type { FindingMessage } from "./message-params";

/** What every rule receives: the register, the as-of date, and a way to report findings. */
export interface RuleContext {
  readonly register: Register;
  readonly asOf: IsoDate;
  /** Reports a finding on a register row; a column the register lacks (or null) means the whole row. */
  report(row: number, column: ColumnId | null, rule: RuleId, message: FindingMessage): void;
  /** Reports a finding on another sheet (planned reviews, requests). */
  reportOn(
    sheet: string,
    row: number,
    column: ColumnRef | undefined,
    rule: RuleId,
    message: FindingMessage,
  ): void;
}

/** A rule looks at the whole register once and reports what it finds. Rules never throw on odd data. */
export type Rule = (context: RuleContext) => void;

/**
 * Errors are the E rules, warnings the W rules.
 *
 * @example severityOf("W06-responsible-spelling") // "warning"
 */
export function severityOf(rule: RuleId): Severity {
  return rule.startsWith("E") ? "error" : "warning";
}

/**
 * 1-based worksheet column of a column reference (refs built by hand may carry only the 0-based index).
 *
 * @example columnNumberOf({ index: 7, header: "Acceptance" }) // 8
 */
export function columnNumberOf(ref: ColumnRef | undefined): number {
  if (!ref) return 0;
  return ref.columnNumber ?? ref.index + 1;
}

/** A finding from its place, rule and message id: the text is rendered at the edge, in the reader's language. */
function findingOf(
  sheet: string,
  row: number,
  column: ColumnRef | undefined,
  rule: RuleId,
  { id, params }: FindingMessage,
): Finding {
  // Every parameter holds a string or a number: rules never set one to undefined.
  const values = params as FindingParams;
  return {
    sheet,
    row,
    column: column?.header ?? "",
    columnNumber: columnNumberOf(column),
    severity: severityOf(rule),
    rule,
    messageId: id,
    params: values,
  };
}

/**
 * Collects findings; builds each finding's sheet, header text and column number.
 *
 * @example const { context, findings } = createCollector(register, asOf); acceptanceRule(context);
 */
export function createCollector(
  register: Register,
  asOf: IsoDate,
): { context: RuleContext; findings: Finding[] } {
  const findings: Finding[] = [];
  const reportOn: RuleContext["reportOn"] = (sheet, row, column, rule, message) => {
    findings.push(findingOf(sheet, row, column, rule, message));
  };
  const context: RuleContext = {
    register,
    asOf,
    reportOn,
    report: (row, column, rule, message) =>
      reportOn(register.sheet, row, column === null ? undefined : register.columns[column], rule, message),
  };
  return { context, findings };
}
