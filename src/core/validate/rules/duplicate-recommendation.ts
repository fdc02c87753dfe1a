import type { Rule } from "../context";

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
      `Recommendation ${number} of ${symbol.text} is already on row ${first}; a number appears once per report, ` +
        `so correct the number or remove the duplicate row`,
    );
  }
};
