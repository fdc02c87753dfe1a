import { readAcceptance, readImplementation, readYesNo } from "../../parse/status-words";
import type { CellReading } from "../../parse/cell";
import { statusOf } from "../../status";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import {
  ACCEPTANCE_CHOICES,
  ACCEPTANCE_LABEL,
  fieldName,
  foreignWordAdvice,
  formulaErrorMessage,
  IMPLEMENTATION_CHOICES,
  IMPLEMENTATION_LABEL,
  quote,
  STATUS_LABEL,
} from "../messages";

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
      `Implementation went back from Implemented in the previous report to ${STATUS_LABEL[now]}; ` +
        `check the status, or explain the change in the assessment`,
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
    const unreadable = (
      column: ColumnId,
      reading: CellReading<unknown>,
      choices: string,
      words?: "acceptance" | "implementation",
    ): void => {
      if (reading.kind === "formulaError") {
        report(row, column, "W08-previous-status", formulaErrorMessage(fieldName(column), reading.code));
      } else if (reading.kind === "invalid") {
        const field = fieldName(column);
        report(
          row,
          column,
          "W08-previous-status",
          (words && foreignWordAdvice(words, field, reading.shown)) ??
            `${field} ${quote(reading.shown)} is not known; ${choices}`,
        );
      }
    };
    if (has("previousAcceptance")) {
      unreadable(
        "previousAcceptance",
        readAcceptance(cells.previousAcceptance),
        `${ACCEPTANCE_CHOICES}, or leave it blank`,
        "acceptance",
      );
    }
    if (has("previousImplementation")) {
      unreadable(
        "previousImplementation",
        readImplementation(cells.previousImplementation),
        `${IMPLEMENTATION_CHOICES}, or leave it blank`,
        "implementation",
      );
    }
    if (has("assessmentUpdated")) {
      unreadable("assessmentUpdated", readYesNo(cells.assessmentUpdated), "use Yes or No, or leave it blank");
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
        `${fieldName("previousImplementation")} is '${IMPLEMENTATION_LABEL[previousImplementation]}' but ` +
          `${fieldName("previousAcceptance")} is ${ACCEPTANCE_LABEL[previousAcceptance]}; correct one of them`,
      );
    }
  }
};
