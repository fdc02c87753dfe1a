import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";

/**
 * E03: the same report symbol and recommendation number on more than one row, whoever it is addressed to.
 * Every later occurrence is flagged and names the first row; one map keeps it linear.
 */
export const duplicateRecommendationRule: Rule = ({ register, report }) => {
  const firstRow = new Map<string, number>();
  for (const { recommendation } of register.rows) {
    const { report: symbol, number, row } = recommendation;
    if (symbol === null || number === null) continue;
    const key = `${symbol.text}#${number}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      continue;
    }
    report(
      row,
      "recommendationNumber",
      "E03-duplicate-recommendation",
      findingMessageOf("recommendation.duplicate", { number, symbol: symbol.text, firstRow: first }),
    );
  }
};
