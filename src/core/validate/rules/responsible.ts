import { readText } from "../../parse/cell";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage } from "../messages";

/** E08: an outstanding recommendation with no responsible. */
export const responsibleRule: Rule = ({ register, report }) => {
  const field = "responsible";
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.responsible !== "" || !isOutstanding(recommendation)) continue;
    const reading = readText(cells.responsible);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage(field, reading.code)
        : findingMessageOf("responsible.missing", { field });
    report(recommendation.row, "responsible", "E08-responsible-missing", message);
  }
};
