import { readAcceptance, readImplementation, readYesNo } from "../../parse/status-words";
import type { CellReading } from "../../parse/cell";
import { statusOf } from "../../status";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import { findingMessageOf, type ChoiceSet } from "../message-params";
import { foreignWordAdvice, formulaErrorMessage, quotable } from "../messages";

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

/**
 * W08: the columns that record the change since the previous report (previous acceptance, previous
 * implementation, assessment updated) hold unknown words, formula errors, or contradict each other.
 */
export const previousStatusRule: Rule = ({ register, report }) => {
  const has = (id: ColumnId) => register.columns[id] !== undefined;
  for (const { recommendation, cells } of register.rows) {
    const { row } = recommendation;
    const unreadable = (column: ColumnId, reading: CellReading<unknown>, choices: ChoiceSet): void => {
      if (reading.kind === "formulaError") {
        report(row, column, "W08-previous-status", formulaErrorMessage(column, reading.code));
      } else if (reading.kind === "invalid") {
        report(
          row,
          column,
          "W08-previous-status",
          (choices === "acceptance" || choices === "implementation"
            ? foreignWordAdvice(choices, column, reading.shown)
            : null) ??
            findingMessageOf("unknownWordOrBlank", {
              field: column,
              value: quotable(reading.shown),
              choices,
            }),
        );
      }
    };
    if (has("previousAcceptance")) {
      unreadable("previousAcceptance", readAcceptance(cells.previousAcceptance), "acceptance");
    }
    if (has("previousImplementation")) {
      unreadable(
        "previousImplementation",
        readImplementation(cells.previousImplementation),
        "implementation",
      );
    }
    if (has("assessmentUpdated")) {
      unreadable("assessmentUpdated", readYesNo(cells.assessmentUpdated), "yesNo");
    }
    const { previousAcceptance, previousImplementation } = recommendation;
    if (
      previousImplementation &&
      (previousAcceptance === "notAccepted" || previousAcceptance === "notRelevant")
    ) {
      report(
        row,
        "previousImplementation",
        "W08-previous-status",
        findingMessageOf("previous.contradiction", {
          field: "previousImplementation",
          implementation: previousImplementation,
          otherField: "previousAcceptance",
          acceptance: previousAcceptance,
        }),
      );
    }
  }
};
