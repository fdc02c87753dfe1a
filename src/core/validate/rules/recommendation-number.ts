import { readRecommendationNumber } from "../../parse/numbers";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage, quote } from "../messages";

/** E02: recommendation number missing or not a positive whole number. */
export const recommendationNumberRule: Rule = ({ register, report }) => {
  const field = fieldName("recommendationNumber");
  for (const { recommendation, cells } of register.rows) {
    const reading = readRecommendationNumber(cells.recommendationNumber);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? `${field} is missing; type the recommendation's number in the report, e.g. 4`
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : `${field} ${quote(reading.shown)} is not a positive whole number; type the number alone, e.g. 4`;
    report(recommendation.row, "recommendationNumber", "E02-recommendation-number", message);
  }
};
