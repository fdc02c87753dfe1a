import { readText } from "../../parse/cell";
import type { Rule } from "../context";
import { formulaErrorMessage } from "../messages";

/** E09: recommendation text missing. */
export const textRule: Rule = ({ register, report }) => {
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.text !== "") continue;
    const reading = readText(cells.recommendationText);
    const message =
      reading.kind === "formulaError"
        ? formulaErrorMessage("Recommendation text", reading.code)
        : "Recommendation text is missing; copy the recommendation from the JIU report";
    report(recommendation.row, "recommendationText", "E09-text-missing", message);
  }
};
