import { readText } from "../../parse/cell";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage } from "../messages";

/** E09: recommendation text missing. */
export const textRule: Rule = ({ register, report }) => {
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.text !== "") continue;
    const reading = readText(cells.recommendationText);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage("recommendationTextInFull", reading.code)
        : findingMessageOf("text.missing");
    report(recommendation.row, "recommendationText", "E09-text-missing", message);
  }
};
