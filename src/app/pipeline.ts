import type { Register } from "../core/model";
import type { Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { layoutAnnexes, layoutSummarySheet } from "../layout";
import type { SheetLayout } from "../layout/model";

/** The sheets a user can generate: the summary chart sheet, or Annexes I-III. */
export type GeneratedKind = "summary" | "annex";

/**
 * The pipeline's last pure step, the one place that says which layouts each generated output holds: the
 * session (session.ts) calls it for the CLI (`summary -o`, `annex -o`) and the pane (Generate summary sheet,
 * Generate annex) alike, then hands the layouts to the sheets port.
 *
 * @example generatedSheets("annex", register, summarize(register, asOf), "zh").map((s) => s.name) // ["附件一", ...]
 */
export function generatedSheets(
  kind: GeneratedKind,
  register: Register,
  summary: Summary,
  language: Language,
): SheetLayout[] {
  return kind === "summary"
    ? [layoutSummarySheet(summary, language)]
    : layoutAnnexes(register, summary, language);
}
