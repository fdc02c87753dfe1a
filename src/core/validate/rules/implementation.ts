import type { CellValue } from "../../grid";
import type { ColumnId, Recommendation } from "../../model";
import { cellText } from "../../parse/cell";
import { statusLayout } from "../../parse/status-columns";
import { readStatusWord } from "../../parse/status-words";
import type { Vocabulary } from "../../vocabulary/vocabulary";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { formulaErrorMessage, quotable, unknownWordMessage } from "../messages";
import { vocabularyOf } from "../vocabulary-of";

/**
 * E06: implementation unknown, or not given while the recommendation is accepted: blank in the
 * Implementation column, or left unsaid by the Status column's word ("Accepted").
 */
export const implementationRule: Rule = ({ register, report }) => {
  const vocabulary = vocabularyOf(register);
  const layout = statusLayout(register.columns, "now");
  const column = layout.implementation ?? (layout.phraseIsImplementation ? layout.phrase : null);
  const status = layout.phrase !== null && !layout.phraseIsImplementation ? layout.phrase : null;
  for (const { recommendation, cells } of register.rows) {
    if (column !== null) {
      const message = implementationCellMessage(
        cells[column],
        recommendation,
        vocabulary,
        layout.phraseIsImplementation,
      );
      if (message) report(recommendation.row, column, "E06-implementation", message);
    }
    if (status !== null && column === null) {
      const message = statusWithoutImplementation(status, cells[status], recommendation, vocabulary);
      if (message) report(recommendation.row, status, "E06-implementation", message);
    }
  }
};

/**
 * A Status column's known word that says the recommendation is accepted but not how far it is implemented
 * ("Accepted"). An unknown word or a blank is for the acceptance rule (E05, or E06 when the acceptance is
 * known from another column).
 */
function statusWithoutImplementation(
  field: ColumnId,
  cell: CellValue | undefined,
  recommendation: Recommendation,
  vocabulary: Vocabulary,
): FindingMessage | null {
  if (recommendation.acceptance !== "accepted" || recommendation.implementation !== null) return null;
  if (readStatusWord(cell, vocabulary).kind !== "value") return null;
  return findingMessageOf("implementation.notStated", {
    field,
    value: quotable(cellText(cell)),
    choices: "implementation",
  });
}

function implementationCellMessage(
  cell: CellValue | undefined,
  recommendation: Recommendation,
  vocabulary: Vocabulary,
  standsAlone: boolean,
): FindingMessage | null {
  const field = "implementation";
  const reading = readStatusWord(cell, vocabulary);
  switch (reading.kind) {
    case "formulaError":
      return formulaErrorMessage(field, reading.code);
    case "invalid":
      return unknownWordMessage(field, reading.shown, field, true);
    case "value":
      if (!reading.value.notApplicable && reading.value.implementation === null) {
        return unknownWordMessage(field, cellText(cell), field, true);
      }
      break;
    case "blank":
      break;
  }
  if (recommendation.implementation !== null) return null;
  if (recommendation.acceptance === "accepted") {
    return findingMessageOf("implementation.blankWhileAccepted", { field, choices: field });
  }
  // An Implementation column alone stands for the status: without it the acceptance is unknown too.
  return standsAlone && recommendation.acceptance === null
    ? findingMessageOf("missingChoice", { field, choices: field })
    : null;
}

/** E07: an implementation status while the recommendation is Not accepted, Not relevant or Closed. */
export const implementationWithoutAcceptanceRule: Rule = ({ register, report }) => {
  const layout = statusLayout(register.columns, "now");
  const column = layout.implementation ?? layout.phrase ?? "implementation";
  for (const { recommendation } of register.rows) {
    const { acceptance, implementation } = recommendation;
    if (
      implementation === null ||
      (acceptance !== "notAccepted" && acceptance !== "notRelevant" && acceptance !== "closed")
    ) {
      continue;
    }
    report(
      recommendation.row,
      column,
      "E07-implementation-without-acceptance",
      findingMessageOf("implementation.withoutAcceptance", {
        field: column,
        implementation,
        acceptance,
      }),
    );
  }
};
