import type { CellValue } from "../grid";
import { allWords } from "../languages";
import type { RecommendationId } from "../model";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize } from "./cell";
import { foldText, looseKey } from "./normalize";

/** The Latin suffixes of inserted recommendations ("4 bis", "4 ter"), in their order. */
export const LATIN_SUFFIXES: readonly string[] = [
  "bis",
  "ter",
  "quater",
  "quinquies",
  "sexies",
  "septies",
  "octies",
  "novies",
  "decies",
];
const SUFFIXES = new Set(LATIN_SUFFIXES);
const UNNUMBERED = new Set(allWords((language) => language.words.unnumbered).map(looseKey));

/** "Recommendation 3", "Rec. 3(a)", "建议 3": the word before the identifier is dropped. */
const LEADING_WORD = /^(?:recommendation|rec\.?|建议)\s*/iu;
/** Letters and digits with the separators the JIU writes between them: "3(a)", "3.1", "4 bis", "2-b". */
const ID_TEXT = /^[a-z0-9().\-/\s]+$/;
/** It starts with a number, or with a letter standing alone: "3", "(b)", "b)", "b.1" (not "n/a"). */
const ID_START = /^(?:\d|\(?[a-z]\)?(?:$|[\s.(-]))/;
/** All unnumbered recommendations of a report are one: "Informal" and "Soft recommendations" alike. */
const UNNUMBERED_KEY = "(unnumbered)";
const TOKENS = /\d+|[a-z]+/g;
const MAX_LENGTH = 24;

/**
 * Reads an identifier written as text: a positive number or a letter, followed by numbers, single letters
 * and Latin suffixes ("3(a)", "3.1", "4 bis", "(b)"), or a word for the unnumbered (informal, soft)
 * recommendations. Full-width characters, case and spacing are folded. Null for anything else.
 *
 * @example parseRecommendationId("3 (a)") // { text: "3 (a)", key: "3(a)", parts: [3, "a"], unnumbered: false }
 * @example parseRecommendationId("Recommendation 4 bis")?.text // "4 bis"
 * @example parseRecommendationId("Informal recommendations")?.unnumbered // true
 */
export const parseRecommendationId = memoize((written: string): RecommendationId | null => {
  const folded = foldText(written);
  if (folded === "" || folded.length > MAX_LENGTH * 2) return null;
  if (UNNUMBERED.has(looseKey(folded))) {
    return { text: folded, key: UNNUMBERED_KEY, parts: [], unnumbered: true };
  }
  const text = folded.replace(LEADING_WORD, "");
  const bare = text.toLowerCase();
  if (bare.length > MAX_LENGTH || !ID_TEXT.test(bare) || !ID_START.test(bare)) return null;
  const parts = partsOf(bare);
  return parts === null ? null : { text, key: bare.replace(/\s+/g, ""), parts, unnumbered: false };
});

/** The identifier's parts, or null when it is not one: it starts with a positive number or a single letter. */
function partsOf(bare: string): (number | string)[] | null {
  const tokens = bare.match(TOKENS) ?? [];
  const parts: (number | string)[] = [];
  for (const token of tokens) {
    if (/^\d/.test(token)) {
      const value = Number(token);
      if (!Number.isSafeInteger(value)) return null;
      parts.push(value);
    } else if (token.length === 1 || SUFFIXES.has(token)) parts.push(token);
    else return null;
  }
  const first = parts[0];
  if (first === undefined || first === 0 || (typeof first === "string" && SUFFIXES.has(first))) return null;
  return parts;
}

/**
 * Reads a recommendation identifier: a positive whole number or a decimal typed as a number (4, 3.1), or
 * text as the JIU writes it (see `parseRecommendationId`). 0, -1 and free text are invalid.
 *
 * @example readRecommendationId(4) // { kind: "value", value: { text: "4", key: "4", parts: [4], unnumbered: false } }
 */
export function readRecommendationId(cell: CellValue | undefined): CellReading<RecommendationId> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = typeof cell === "number" ? String(cell) : cellText(cell);
  const value = recommendationIdValue(cell);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}

/**
 * What `readRecommendationId` reads, as a bare value: null for a blank, a formula error or what is not
 * an identifier.
 *
 * @example recommendationIdValue(" 3(b) ")?.key // "3(b)"
 */
export function recommendationIdValue(cell: CellValue | undefined): RecommendationId | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  if (typeof cell === "number") {
    return Number.isFinite(cell) && cell > 0 ? parseRecommendationId(String(cell)) : null;
  }
  // A date is what Excel makes of "3.1" in some locales: never read as an identifier.
  if (typeof cell === "boolean" || (typeof cell === "object" && cell?.kind === "date")) return null;
  return parseRecommendationId(cellText(cell));
}

/**
 * An identifier from its text, for tests and fixtures; throws when the text is not one.
 *
 * @example recommendationId("3(a)").parts // [3, "a"]
 */
export function recommendationId(text: string | number): RecommendationId {
  const id = parseRecommendationId(String(text));
  if (id === null) throw new Error(`Not a recommendation identifier: ${text}`);
  return id;
}
