import type { Finding, RuleId } from "../../../src/core/findings";
import type { IsoDate } from "../../../src/core/grid";
import { validate } from "../../../src/core/validate";
import { aRegister, type GridOptions, type RowSpec } from "../../fixtures";
import { renderFindings, type RenderedFinding } from "../../../src/labels/finding-message";

/** The seed's as-of date. */
export const AS_OF = "2023-02-28" as IsoDate;

/** Findings (with their English text) for a register of VALID_ROW rows with overrides, as of AS_OF unless given. */
export function findingsFor(
  rows: readonly RowSpec[],
  options: GridOptions & { asOf?: string } = {},
): RenderedFinding[] {
  return renderFindings(validate(aRegister(rows, options), (options.asOf ?? AS_OF) as IsoDate), "en");
}

/** The rule ids found, in order. */
export function rulesOf(findings: readonly Finding[]): RuleId[] {
  return findings.map((finding) => finding.rule);
}

/** Outstanding and complete: in progress, with a responsible, an assessment and a deadline still ahead. */
export const OUTSTANDING: RowSpec = { implementation: "In progress", deadline: "2023-12-31" };
