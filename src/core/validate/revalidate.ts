import type { Finding, RuleId } from "../findings";
import type { IsoDate } from "../grid";
import type { Register, RegisterRow } from "../model";
import { createCollector } from "./context";
import { CROSS_ROW_RULES, ROW_RULES, sortFindings } from "./index";
import { addMergedCellHints } from "./merged-hint";
import { reportRemainingFormulaErrors } from "./rules/formula-errors";

/**
 * The findings after some rows of a register changed, without checking the unchanged rows again: the
 * row rules (`ROW_RULES`, and W09) run on the changed rows alone; the rules that compare rows
 * (`CROSS_ROW_RULES`) run over the whole register, whose other rows are as they were; the findings about
 * other sheets are kept. `register` is the register with the changed rows already in it, and
 * `changedRows` the worksheet rows that changed (a row that became empty is simply no longer in it).
 * Gives what `validate(register, asOf)` gives, in the same order.
 *
 * @example revalidateRows(registerAfterEdit, validate(registerBefore, asOf), new Set([7]), asOf)
 */
export function revalidateRows(
  register: Register,
  previous: readonly Finding[],
  changedRows: ReadonlySet<number>,
  asOf: IsoDate,
): Finding[] {
  const changed: RegisterRow[] = register.rows.filter((row) => changedRows.has(row.recommendation.row));
  const rowCollector = createCollector({ ...register, rows: changed }, asOf);
  for (const rule of ROW_RULES) rule(rowCollector.context);
  const crossCollector = createCollector(register, asOf);
  for (const rule of CROSS_ROW_RULES) rule(crossCollector.context);
  // W09 reports the formula errors no other rule reported, on the changed rows.
  reportRemainingFormulaErrors(rowCollector.context, [...rowCollector.findings, ...crossCollector.findings]);

  const kept = previous.filter(
    (finding) =>
      finding.sheet !== register.sheet ||
      (!CROSS_ROW_IDS.has(finding.rule) && !changedRows.has(finding.row)),
  );
  const all = [...kept, ...rowCollector.findings, ...crossCollector.findings];
  return sortFindings(addMergedCellHints(withoutHints(all), register), register);
}

/** The rule ids the cross-row rules report: their earlier findings are all replaced. */
const CROSS_ROW_IDS: ReadonlySet<RuleId> = new Set<RuleId>([
  "E03-duplicate-recommendation",
  "E10-report-title",
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
