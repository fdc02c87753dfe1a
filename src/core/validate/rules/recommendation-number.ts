import { readRecommendationId } from "../../parse/recommendation-id";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";

/** E02: recommendation number missing, or not an identifier as the JIU writes them (4, 3(a), 3.1, 4 bis). */
export const recommendationNumberRule: Rule = ({ register, report }) => {
  const field = "recommendationNumber";
  for (const { recommendation, cells } of register.rows) {
    const reading = readRecommendationId(cells.recommendationNumber);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? findingMessageOf("recommendationNumber.missing", { field })
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : findingMessageOf("recommendationNumber.invalid", { field, value: quotable(reading.shown) });
    report(recommendation.row, "recommendationNumber", "E02-recommendation-number", message);
  }
};
