import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";

/**
 * E03: the same report symbol and recommendation identifier on more than one row, whoever it is addressed
 * to. Identifiers are compared as written, ignoring spaces and case ("3 (a)" is "3(a)"; every unnumbered
 * row of a report is one). Every later occurrence is flagged and names the first row; one map keeps it linear.
 */
export const duplicateRecommendationRule: Rule = ({ register, report }) => {
  const firstRow = new Map<string, number>();
  for (const { recommendation } of register.rows) {
    const { report: symbol, number, row } = recommendation;
    if (symbol === null || number === null) continue;
    const key = `${symbol.text}#${number.key}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      continue;
    }
    report(
      row,
      "recommendationNumber",
      "E03-duplicate-recommendation",
      findingMessageOf("recommendation.duplicate", {
        number: number.text,
        symbol: symbol.text,
        firstRow: first,
      }),
    );
  }
};
