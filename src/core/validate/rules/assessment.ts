import { readText } from "../../parse/cell";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage } from "../messages";

/** W05: the management assessment is empty for an outstanding recommendation. */
export const assessmentMissingRule: Rule = ({ register, report }) => {
  const field = fieldName("assessment");
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.assessment !== "" || !isOutstanding(recommendation)) continue;
    const reading = readText(cells.assessment);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage(field, reading.code)
        : `${field} is empty for an outstanding recommendation; say what has been done and what remains`;
    report(recommendation.row, "assessment", "W05-assessment-missing", message);
  }
};
