import { readText } from "../../parse/cell";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage } from "../messages";

/** W05: the management assessment is empty for an outstanding recommendation. */
export const assessmentMissingRule: Rule = ({ register, report }) => {
  const field = "assessment";
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.assessment !== "" || !isOutstanding(recommendation)) continue;
    const reading = readText(cells.assessment);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage(field, reading.code)
        : findingMessageOf("assessment.missing", { field });
    report(recommendation.row, "assessment", "W05-assessment-missing", message);
  }
};
