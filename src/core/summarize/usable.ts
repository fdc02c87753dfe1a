import type {
  Acceptance,
  Addressee,
  Recommendation,
  RecommendationId,
  Register,
  ReportSymbol,
} from "../model";

/** A recommendation whose report, number, addressee and acceptance were read; only these are counted. */
export interface UsableRecommendation extends Recommendation {
  readonly report: ReportSymbol;
  readonly number: RecommendationId;
  readonly addressee: Addressee;
  readonly acceptance: Acceptance;
}

/**
 * True when the row can be counted. Rows that fail are left to validation, which says what is wrong.
 *
 * @example isUsable({ ...rec, acceptance: null }) // false
 */
export function isUsable(rec: Recommendation): rec is UsableRecommendation {
  return rec.report !== null && rec.number !== null && rec.addressee !== null && rec.acceptance !== null;
}

/**
 * The register's usable recommendations, in register order.
 *
 * @example usableRecommendations(register).length // summary.total
 */
export function usableRecommendations(register: Register): UsableRecommendation[] {
  const usable: UsableRecommendation[] = [];
  const rows = register.rows;
  for (let index = 0; index < rows.length; index++) {
    const recommendation = (rows[index] as Register["rows"][number]).recommendation;
    if (isUsable(recommendation)) usable.push(recommendation);
  }
  return usable;
}
