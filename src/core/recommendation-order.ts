import type { RecommendationId } from "./model";
import { LATIN_SUFFIXES } from "./parse/recommendation-id";

const SUFFIX_RANK = new Map(LATIN_SUFFIXES.map((suffix, index) => [suffix, index]));

/** A part's class: numbers first, then the Latin suffixes in their order, then letters. */
function classOf(part: number | string): number {
  if (typeof part === "number") return 0;
  return SUFFIX_RANK.has(part) ? 1 : 2;
}

function compareParts(a: number | string, b: number | string): number {
  const byClass = classOf(a) - classOf(b);
  if (byClass !== 0) return byClass;
  if (typeof a === "number" && typeof b === "number") return a - b;
  const rankA = SUFFIX_RANK.get(String(a));
  const rankB = SUFFIX_RANK.get(String(b));
  if (rankA !== undefined && rankB !== undefined) return rankA - rankB;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The natural order of recommendation identifiers: part by part, numbers by value (2 < 3 < 10), a number
 * before its subdivisions (3 < 3.1 < 3(a) < 3(b) < 4), "4 bis" after 4 and before 4(a); identifiers that
 * start with a letter ("(b)") after those that start with a number, and the unnumbered (informal)
 * recommendations last. A total order: two identifiers compare equal only when their keys are equal.
 *
 * @example ["10", "3(b)", "2", "3(a)", "3"].map(recommendationId).sort(compareRecommendationIds).map((id) => id.text) // ["2", "3", "3(a)", "3(b)", "10"]
 */
export function compareRecommendationIds(a: RecommendationId, b: RecommendationId): number {
  if (a.unnumbered !== b.unnumbered) return a.unnumbered ? 1 : -1;
  const length = Math.min(a.parts.length, b.parts.length);
  for (let index = 0; index < length; index++) {
    const order = compareParts(a.parts[index] as number | string, b.parts[index] as number | string);
    if (order !== 0) return order;
  }
  return a.parts.length - b.parts.length || compareText(a.key, b.key);
}
