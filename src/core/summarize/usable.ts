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

/** The fields a row must have read to be counted. */
export type CountedField = "reportSymbol" | "recommendationNumber" | "addressee" | "acceptance";

/** A row left out of the counts, and which of the fields it needs could not be read. */
export interface SkippedRow {
  readonly row: number;
  readonly unread: readonly CountedField[];
}

/**
 * The rows the summary does not count, in register order, each with the fields it lacks (validation's
 * errors on the row say why each could not be read).
 *
 * @example skippedRows(register) // [{ row: 7, unread: ["addressee"] }]
 */
export function skippedRows(register: Register): SkippedRow[] {
  const skipped: SkippedRow[] = [];
  for (const { recommendation } of register.rows) {
    if (isUsable(recommendation)) continue;
    const unread: CountedField[] = [];
    if (recommendation.report === null) unread.push("reportSymbol");
    if (recommendation.number === null) unread.push("recommendationNumber");
    if (recommendation.addressee === null) unread.push("addressee");
    if (recommendation.acceptance === null) unread.push("acceptance");
    skipped.push({ row: recommendation.row, unread });
  }
  return skipped;
}
