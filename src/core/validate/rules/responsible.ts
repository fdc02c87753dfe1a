import { readText } from "../../parse/cell";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage } from "../messages";

/** E08: an outstanding recommendation with no responsible. */
export const responsibleRule: Rule = ({ register, report }) => {
  const field = fieldName("responsible");
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.responsible !== "" || !isOutstanding(recommendation)) continue;
    const reading = readText(cells.responsible);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage(field, reading.code)
        : `${field} is missing for an outstanding recommendation; name the official or unit that will implement it`;
    report(recommendation.row, "responsible", "E08-responsible-missing", message);
  }
};
