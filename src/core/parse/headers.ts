import { mergeAliases, type VocabularyColumnId } from "../languages";
import type { ColumnId, PlannedReviewColumnId, RequestColumnId } from "../model";
import { looseKey, type RankedAlias, rankedAliasLookup } from "./normalize";

/**
 * Header names each register column answers to, in every register language (src/core/languages): each
 * language's first name, then the others. Matching ignores case, spacing and punctuation (see `looseKey`),
 * so "Recommendation no." also matches "RECOMMENDATION NO" and "Recommendation #". The first name is the
 * one messages use.
 */
export const HEADER_ALIASES: Readonly<Record<ColumnId, readonly string[]>> = mergeAliases(
  (language) => language.headers.register,
);

/**
 * Columns the register must have; the rest are optional. One "Status" column may stand for Acceptance and
 * Implementation, and an Implementation column alone for both (see `STATUS_ALTERNATIVES`).
 */
export const REQUIRED_COLUMNS: readonly ColumnId[] = [
  "reportSymbol",
  "reportTitle",
  "recommendationNumber",
  "addressee",
  "recommendationText",
  "assessment",
  "acceptance",
  "implementation",
  "responsible",
];

/**
 * The required status columns a header may do without: both, when it has a "Status" column; Acceptance,
 * when it has Implementation (acceptance is then inferred from the implementation).
 *
 * @example relaxStatusColumns(new Set(["status"]), ["acceptance", "implementation"]) // []
 */
export function relaxStatusColumns(found: ReadonlySet<ColumnId>, missing: readonly ColumnId[]): ColumnId[] {
  if (found.has("status")) return missing.filter((id) => id !== "acceptance" && id !== "implementation");
  if (found.has("implementation")) return missing.filter((id) => id !== "acceptance");
  return [...missing];
}

const registerLookup = rankedAliasLookup<ColumnId>(HEADER_ALIASES);

/**
 * The register column a header names, or null.
 *
 * @example matchHeader("  Status of  Acceptance ") // "acceptance"
 * @example matchHeader("管理层/联络点评估") // "assessment"
 */
export function matchHeader(text: string): ColumnId | null {
  return registerLookup.get(looseKey(text))?.value ?? null;
}

/**
 * The column a header names and how strong the name is (0 = its main name): when two headers name one
 * column, the weaker name ("Comments") yields to the stronger ("Management assessment").
 *
 * @example matchHeaderRanked("Comments") // { value: "assessment", rank: 5 }
 */
export function matchHeaderRanked(text: string): RankedAlias<ColumnId> | null {
  return registerLookup.get(looseKey(text)) ?? null;
}

/**
 * The name messages use for a column (its first English alias).
 *
 * @example columnName("recommendationNumber") // "Recommendation no."
 */
export function columnName(id: ColumnId): string {
  return HEADER_ALIASES[id][0] ?? id;
}

/** The optional "Planned reviews" sheet, the seed's Table 2. */
export const PLANNED_REVIEW_HEADER_ALIASES: Readonly<Record<PlannedReviewColumnId, readonly string[]>> =
  mergeAliases((language) => language.headers.plannedReviews);
export const PLANNED_REVIEW_REQUIRED: readonly PlannedReviewColumnId[] = ["code", "title", "workPlanYear"];

/**
 * The optional "Requests" sheet, the seed's Table 1 (timeliness of responses). "Date due" is named
 * 答复截止日期 in Chinese so that it cannot be mistaken for the register's Deadline (截止日期).
 */
export const REQUEST_HEADER_ALIASES: Readonly<Record<RequestColumnId, readonly string[]>> = mergeAliases(
  (language) => language.headers.requests,
);
export const REQUEST_REQUIRED: readonly RequestColumnId[] = ["reviewCode", "kind", "received", "due"];

/** The optional Vocabulary sheet: an organization's words and what they mean. */
export const VOCABULARY_HEADER_ALIASES: Readonly<Record<VocabularyColumnId, readonly string[]>> =
  mergeAliases((language) => language.headers.vocabulary);
export const VOCABULARY_REQUIRED: readonly VocabularyColumnId[] = ["word", "means"];

const plannedReviewLookup = rankedAliasLookup<PlannedReviewColumnId>(PLANNED_REVIEW_HEADER_ALIASES);
const requestLookup = rankedAliasLookup<RequestColumnId>(REQUEST_HEADER_ALIASES);
const vocabularyLookup = rankedAliasLookup<VocabularyColumnId>(VOCABULARY_HEADER_ALIASES);

/**
 * The planned-reviews column a header names, with its rank.
 *
 * @example matchPlannedReviewHeader("工作计划年份") // { value: "workPlanYear", rank: 1 }
 */
export function matchPlannedReviewHeader(text: string): RankedAlias<PlannedReviewColumnId> | null {
  return plannedReviewLookup.get(looseKey(text)) ?? null;
}

/**
 * The requests column a header names, with its rank.
 *
 * @example matchRequestHeader("答复截止日期") // { value: "due", rank: 1 }
 */
export function matchRequestHeader(text: string): RankedAlias<RequestColumnId> | null {
  return requestLookup.get(looseKey(text)) ?? null;
}

/**
 * The Vocabulary sheet column a header names, with its rank.
 *
 * @example matchVocabularyHeader("含义") // { value: "means", rank: 1 }
 */
export function matchVocabularyHeader(text: string): RankedAlias<VocabularyColumnId> | null {
  return vocabularyLookup.get(looseKey(text)) ?? null;
}
