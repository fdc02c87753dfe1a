import type { Finding, RuleId } from "../findings";
import type { IsoDate } from "../grid";
import type { Register } from "../model";
import { createCollector, type Rule } from "./context";
import { addMergedCellHints } from "./merged-hint";
import { acceptanceRule } from "./rules/acceptance";
import { acceptanceInferredRule } from "./rules/acceptance-inferred";
import { addresseeRule } from "./rules/addressee";
import { assessmentMissingRule } from "./rules/assessment";
import { dateRule } from "./rules/dates";
import { duplicateRecommendationRule } from "./rules/duplicate-recommendation";
import { reportRemainingFormulaErrors } from "./rules/formula-errors";
import { historyRule } from "./rules/history";
import { implementationRule, implementationWithoutAcceptanceRule } from "./rules/implementation";
import { linkRule } from "./rules/links";
import { otherRegistersRule } from "./rules/other-registers";
import { implementationRegressedRule, previousStatusRule } from "./rules/previous-status";
import { recommendationNumberRule } from "./rules/recommendation-number";
import { reportSymbolRule } from "./rules/report-symbol";
import { reportTitleRule } from "./rules/report-title";
import { responsibleRule } from "./rules/responsible";
import { responsibleSpellingRule } from "./rules/responsible-spelling";
import { plannedReviewRule, requestRule } from "./rules/side-sheets";
import { textRule } from "./rules/text";
import { deadlineOverdueRule, lastUpdatedFutureRule, longOutstandingRule } from "./rules/timing";
import { vocabularySheetRule } from "./rules/vocabulary-sheet";

export type { Rule, RuleContext } from "./context";
export { severityOf } from "./context";

/** Every rule, errors first. W09 runs after them all: it reports only formula errors no other rule reported. */
export const RULES: readonly Rule[] = [
  reportSymbolRule,
  recommendationNumberRule,
  duplicateRecommendationRule,
  addresseeRule,
  acceptanceRule,
  implementationRule,
  implementationWithoutAcceptanceRule,
  responsibleRule,
  textRule,
  reportTitleRule,
  linkRule,
  dateRule,
  lastUpdatedFutureRule,
  deadlineOverdueRule,
  implementationRegressedRule,
  longOutstandingRule,
  assessmentMissingRule,
  responsibleSpellingRule,
  plannedReviewRule,
  previousStatusRule,
  requestRule,
  otherRegistersRule,
  acceptanceInferredRule,
  vocabularySheetRule,
  historyRule,
];

/**
 * The rules that look at one row at a time: a row's findings from them depend on that row's cells alone,
 * so after an edit they need to run on the changed rows only (see revalidate.ts).
 */
export const ROW_RULES: readonly Rule[] = [
  reportSymbolRule,
  recommendationNumberRule,
  addresseeRule,
  acceptanceRule,
  implementationRule,
  implementationWithoutAcceptanceRule,
  responsibleRule,
  textRule,
  linkRule,
  dateRule,
  lastUpdatedFutureRule,
  deadlineOverdueRule,
  implementationRegressedRule,
  longOutstandingRule,
  assessmentMissingRule,
  previousStatusRule,
];

/**
 * The rules that compare the rows of one report: a duplicate (E03), the report's titles (E10). After an
 * edit they run again over the rows of the reports the edited rows belong to, before and after the edit.
 */
export const REPORT_GROUP_RULES: readonly Rule[] = [duplicateRecommendationRule, reportTitleRule];

/**
 * The rules that compare rows across the register: an official spelled two ways (W06), the one note on
 * inferred acceptances (W11). After an edit they run over the whole register again.
 */
export const WHOLE_REGISTER_RULES: readonly Rule[] = [responsibleSpellingRule, acceptanceInferredRule];

/** The rules that compare rows: an edit of one row can add or remove their findings on other rows. */
export const CROSS_ROW_RULES: readonly Rule[] = [...REPORT_GROUP_RULES, ...WHOLE_REGISTER_RULES];

/** The rules about the other sheets and the workbook: an edit of the register's rows leaves their findings. */
export const SHEET_RULES: readonly Rule[] = [
  plannedReviewRule,
  requestRule,
  otherRegistersRule,
  vocabularySheetRule,
  historyRule,
];

/**
 * Checks a register as of a date and returns its findings: errors E01-E12 and warnings W01-W14
 * (see `RuleId`). Findings are sorted by sheet (the register's first), row, column number, then rule.
 * Pure and linear in the number of rows; the register is not modified.
 *
 * @example
 * const outcome = parseWorkbook(grid);
 * if (outcome.ok) validate(outcome.register, "2023-02-28" as IsoDate);
 * // [{ sheet: "Register", row: 7, column: "Acceptance", columnNumber: 8, severity: "error",
 * //    rule: "E05-acceptance", message: "Acceptance 'Acepted' is not a known status; use Accepted, ...",
 * //    messageId: "unknownStatus", params: { field: "acceptance", value: "Acepted", choices: "acceptance" } }]
 * // findingMessage(finding, "zh") renders the same finding in Chinese, when the task pane asks.
 */
export function validate(register: Register, asOf: IsoDate): Finding[] {
  const { context, findings } = createCollector(register, asOf);
  for (const rule of RULES) rule(context);
  reportRemainingFormulaErrors(context, findings);
  return sortFindings(addMergedCellHints(findings, register), register);
}

/**
 * True when any finding is an error (the CLI exits 1, generation refuses without --force).
 *
 * @example hasErrors(validate(register, asOf)) // false for the sample register
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}

function compareRules(a: RuleId, b: RuleId): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Findings in their order: by sheet (the register first), row, column number, then rule. */
export function sortFindings(findings: Finding[], register: Register): Finding[] {
  const sheetOrder = new Map<string, number>([
    [register.sheet, 0],
    [register.plannedReviewsSheet ?? "", 1],
    [register.requestsSheet ?? "", 2],
    [register.vocabulary?.sheet ?? "", 3],
    [register.history?.sheet ?? "", 4],
  ]);
  return findings.sort(
    (a, b) =>
      (sheetOrder.get(a.sheet) ?? 5) - (sheetOrder.get(b.sheet) ?? 5) ||
      a.row - b.row ||
      a.columnNumber - b.columnNumber ||
      compareRules(a.rule, b.rule),
  );
}
