import type { Finding, RuleId } from "../findings";
import type { IsoDate } from "../grid";
import type { Register, RegisterRow } from "../model";
import { createCollector } from "./context";
import { REPORT_GROUP_RULES, ROW_RULES, sortFindings, WHOLE_REGISTER_RULES } from "./index";
import { addMergedCellHints } from "./merged-hint";
import { reportRemainingFormulaErrors } from "./rules/formula-errors";

/** What the register's rows were before the edit, for the rules that compare the rows of one report. */
export interface EditedRows {
  /** The worksheet rows that changed (a row that became empty is simply no longer in the register). */
  readonly rows: ReadonlySet<number>;
  /** The report symbols the changed rows held before the edit. */
  readonly symbolsBefore: ReadonlySet<string>;
}

/**
 * The findings after some rows of a register changed, without checking the unchanged rows again: the row
 * rules (`ROW_RULES`, and W09) run on the changed rows alone; the rules that compare the rows of a report
 * (`REPORT_GROUP_RULES`) on the rows of the reports the changed rows belong to, before and after; the
 * rules that compare rows across the register (`WHOLE_REGISTER_RULES`) on the whole register; the findings
 * about other sheets are kept. `register` is the register with the changed rows already in it. Gives what
 * `validate(register, asOf)` gives, in the same order (a property test checks it).
 *
 * @example revalidateRows(registerAfterEdit, validate(registerBefore, asOf), { rows: new Set([7]), symbolsBefore: new Set(["JIU/REP/2021/3"]) }, asOf)
 */
export function revalidateRows(
  register: Register,
  previous: readonly Finding[],
  edited: EditedRows,
  asOf: IsoDate,
): Finding[] {
  const changed: RegisterRow[] = register.rows.filter((row) => edited.rows.has(row.recommendation.row));
  const rowCollector = createCollector({ ...register, rows: changed }, asOf);
  for (const rule of ROW_RULES) rule(rowCollector.context);

  const symbols = new Set(edited.symbolsBefore);
  for (const { recommendation } of changed)
    if (recommendation.report) symbols.add(recommendation.report.text);
  const group = register.rows.filter(
    ({ recommendation }) =>
      edited.rows.has(recommendation.row) ||
      (recommendation.report !== null && symbols.has(recommendation.report.text)),
  );
  const groupRows = new Set(group.map((row) => row.recommendation.row));
  const crossCollector = createCollector({ ...register, rows: group }, asOf);
  for (const rule of REPORT_GROUP_RULES) rule(crossCollector.context);
  const wholeCollector = createCollector(register, asOf);
  for (const rule of WHOLE_REGISTER_RULES) rule(wholeCollector.context);
  const cross = [...crossCollector.findings, ...wholeCollector.findings];
  // W09 reports the formula errors no other rule reported, on the changed rows.
  reportRemainingFormulaErrors(rowCollector.context, [...rowCollector.findings, ...cross]);

  const kept = previous.filter((finding) => {
    if (finding.sheet !== register.sheet) return true;
    // Every rule looked at the edited rows again, emptied ones included.
    if (edited.rows.has(finding.row) || WHOLE_REGISTER_IDS.has(finding.rule)) return false;
    return !(REPORT_GROUP_IDS.has(finding.rule) && groupRows.has(finding.row));
  });
  const all = [...kept, ...rowCollector.findings, ...cross];
  return sortFindings(addMergedCellHints(withoutHints(all), register), register);
}

/** The rule ids the report-group rules report: replaced on the rows they looked at again. */
const REPORT_GROUP_IDS: ReadonlySet<RuleId> = new Set<RuleId>([
  "E03-duplicate-recommendation",
  "E10-report-title",
]);
/** The rule ids the whole-register rules report: all replaced. */
const WHOLE_REGISTER_IDS: ReadonlySet<RuleId> = new Set<RuleId>([
  "W06-responsible-spelling",
  "W11-acceptance-inferred",
]);

/** Merged-cell hints depend on the rows above: they are worked out again over the new findings. */
function withoutHints(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.params.hint === undefined) return finding;
    const { hint: _hint, ...params } = finding.params;
    return { ...finding, params };
  });
}
