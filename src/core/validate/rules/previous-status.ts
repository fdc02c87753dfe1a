import { cellText, type CellReading } from "../../parse/cell";
import { statusLayout } from "../../parse/status-columns";
import { readStatusWord, readYesNo } from "../../parse/status-words";
import { statusOf } from "../../status";
import type { ColumnId } from "../../model";
import type { StatusWord } from "../../vocabulary/meaning";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { formulaErrorMessage, quotable, unknownWordMessage } from "../messages";
import { vocabularyOf } from "../vocabulary-of";

/** W03: implementation went back from Implemented in the previous report to something else. */
export const implementationRegressedRule: Rule = ({ register, report }) => {
  for (const { recommendation } of register.rows) {
    if (recommendation.previousImplementation !== "implemented") continue;
    const now = statusOf(recommendation.acceptance, recommendation.implementation);
    if (now === "implemented" || now === null) continue;
    report(
      recommendation.row,
      recommendation.implementation === null ? "acceptance" : "implementation",
      "W03-implementation-regressed",
      findingMessageOf("implementation.regressed", { status: now }),
    );
  }
};

type StatusPart = "acceptance" | "implementation" | "status";

/** The message for a previous-status cell: a formula error, or a word that is unknown or says nothing of its part. */
function previousCellMessage(
  column: ColumnId,
  reading: CellReading<StatusWord>,
  part: StatusPart,
  shown: string,
): FindingMessage | null {
  if (reading.kind === "formulaError") return formulaErrorMessage(column, reading.code);
  if (reading.kind === "invalid") return unknownWordMessage(column, reading.shown, part, true);
  if (reading.kind !== "value") return null;
  const word = reading.value;
  const fits =
    part === "acceptance"
      ? word.acceptance !== null
      : part === "implementation"
        ? word.implementation !== null || word.notApplicable === true
        : true;
  return fits ? null : unknownWordMessage(column, shown, part, true);
}

/**
 * W08: the columns that record the change since the previous report (previous acceptance, previous
 * implementation or previous status, assessment updated) hold unknown words, formula errors, or contradict
 * each other.
 */
export const previousStatusRule: Rule = ({ register, report }) => {
  const vocabulary = vocabularyOf(register);
  const layout = statusLayout(register.columns, "previous");
  const columns: [ColumnId, StatusPart][] = [];
  if (layout.acceptance) columns.push([layout.acceptance, "acceptance"]);
  if (layout.implementation) columns.push([layout.implementation, "implementation"]);
  if (layout.phrase)
    columns.push([layout.phrase, layout.phraseIsImplementation ? "implementation" : "status"]);
  const hasUpdated = register.columns.assessmentUpdated !== undefined;
  for (const { recommendation, cells } of register.rows) {
    const { row } = recommendation;
    for (const [column, part] of columns) {
      const cell = cells[column];
      const message = previousCellMessage(column, readStatusWord(cell, vocabulary), part, cellText(cell));
      if (message) report(row, column, "W08-previous-status", message);
    }
    if (hasUpdated) {
      const reading = readYesNo(cells.assessmentUpdated);
      if (reading.kind === "formulaError") {
        report(
          row,
          "assessmentUpdated",
          "W08-previous-status",
          formulaErrorMessage("assessmentUpdated", reading.code),
        );
      } else if (reading.kind === "invalid") {
        report(
          row,
          "assessmentUpdated",
          "W08-previous-status",
          findingMessageOf("unknownWordOrBlank", {
            field: "assessmentUpdated",
            value: quotable(reading.shown),
            choices: "yesNo",
          }),
        );
      }
    }
    const { previousAcceptance, previousImplementation } = recommendation;
    if (
      previousImplementation &&
      (previousAcceptance === "notAccepted" ||
        previousAcceptance === "notRelevant" ||
        previousAcceptance === "closed")
    ) {
      const field = layout.implementation ?? layout.phrase ?? "previousImplementation";
      report(
        row,
        field,
        "W08-previous-status",
        findingMessageOf("previous.contradiction", {
          field,
          implementation: previousImplementation,
          otherField: layout.acceptance ?? field,
          acceptance: previousAcceptance,
        }),
      );
    }
  }
};
