import type { CellValue } from "../../grid";
import type { ColumnId, Recommendation } from "../../model";
import { cellText } from "../../parse/cell";
import { statusLayout } from "../../parse/status-columns";
import { readStatusWord } from "../../parse/status-words";
import type { Vocabulary } from "../../vocabulary/vocabulary";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { formulaErrorMessage, unknownWordMessage } from "../messages";
import { vocabularyOf } from "../vocabulary-of";

/**
 * E05: acceptance missing or unknown; in a register with one Status column, the status missing or unknown
 * (E06 when another column gives the acceptance, so that only the implementation is left unknown). A blank
 * acceptance is no error when the implementation says the recommendation is accepted (W11 notes it).
 */
export const acceptanceRule: Rule = ({ register, report }) => {
  const vocabulary = vocabularyOf(register);
  const layout = statusLayout(register.columns, "now");
  const status = layout.phrase !== null && !layout.phraseIsImplementation ? layout.phrase : null;
  for (const { recommendation, cells } of register.rows) {
    if (layout.acceptance !== null) {
      const message = acceptanceCellMessage(cells.acceptance, recommendation, vocabulary);
      if (message) report(recommendation.row, layout.acceptance, "E05-acceptance", message);
    }
    if (status !== null) {
      const message = statusCellMessage(status, cells[status], recommendation, vocabulary);
      const rule = recommendation.acceptance === null ? "E05-acceptance" : "E06-implementation";
      if (message) report(recommendation.row, status, rule, message);
    }
  }
};

function acceptanceCellMessage(
  cell: CellValue | undefined,
  recommendation: Recommendation,
  vocabulary: Vocabulary,
): FindingMessage | null {
  const field = "acceptance";
  const reading = readStatusWord(cell, vocabulary);
  switch (reading.kind) {
    case "value":
      return reading.value.acceptance !== null
        ? null
        : unknownWordMessage(field, cellText(cell), field, false);
    case "blank":
      return recommendation.acceptance !== null
        ? null
        : findingMessageOf("missingChoice", { field, choices: field });
    case "formulaError":
      return formulaErrorMessage(field, reading.code);
    case "invalid":
      return unknownWordMessage(field, reading.shown, field, false);
  }
}

/** A Status column's cell: it must state a status, unless the other columns give the acceptance. */
export function statusCellMessage(
  field: ColumnId,
  cell: CellValue | undefined,
  recommendation: Recommendation,
  vocabulary: Vocabulary,
): FindingMessage | null {
  const reading = readStatusWord(cell, vocabulary);
  switch (reading.kind) {
    case "value":
    case "blank":
      return recommendation.acceptance !== null
        ? null
        : findingMessageOf("missingChoice", { field, choices: "status" });
    case "formulaError":
      return formulaErrorMessage(field, reading.code);
    case "invalid":
      return unknownWordMessage(field, reading.shown, "status", false);
  }
}
