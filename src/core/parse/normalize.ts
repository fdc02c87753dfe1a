/**
 * Text folding for matching headers and status words typed by many hands: pasted from Word or e-mail,
 * with non-breaking, full-width or zero-width characters. Patterns are compiled once, here.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const WHITESPACE_RUN = /\s+/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const NUMBER_SIGN = /#/g;
/**
 * Marks a typist may or may not write: Latin and Cyrillic accents once decomposed ("é", "ё", "й"), and
 * Arabic vowel marks (tashkil), hamza above or below an alef, maddah, and the superscript alef.
 */
const OPTIONAL_MARKS = /[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
/** Letters written two ways: Arabic alef wasla, alef maqsura, ta marbuta, Persian yeh; Latin ligatures. */
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  "\u0671": "\u0627",
  "\u0649": "\u064A",
  "\u06CC": "\u064A",
  "\u0629": "\u0647",
  "\u0153": "oe",
  "\u00E6": "ae",
};
const VARIANT_LETTER = /[\u0671\u0649\u06CC\u0629\u0153\u00E6]/g;
/** The Arabic tatweel (kashida) stretches a word; it is a letter to Unicode, so it is dropped by name. */
const TATWEEL = /\u0640/g;

/**
 * Folds width variants (NFKC), drops zero-width characters, collapses whitespace runs (NBSP and the
 * ideographic space included) to one space and trims. Case is kept.
 *
 * @example foldText(" Not\u00A0accepted\u200B ") // "Not accepted"
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(ZERO_WIDTH, "").replace(WHITESPACE_RUN, " ").trim();
}

/**
 * A matching key that ignores case, spacing and punctuation: only letters and digits remain.
 * "#" reads as "no" so that "Recommendation #" matches "Recommendation no.". Accents and Arabic vowel marks
 * are dropped and letter variants folded ("Mise en oeuvre" is "Mise en œuvre", "نفذت" is "نُفذت", "أ" and
 * "ا" are one letter, "ـ" stretching is ignored), since registers are typed with and without them.
 *
 * @example looseKey("Management/focal point assessment") // "managementfocalpointassessment"
 * @example looseKey("Évaluation") === looseKey("EVALUATION") // true
 */
export function looseKey(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(OPTIONAL_MARKS, "")
    .normalize("NFC")
    .replace(TATWEEL, "")
    .replace(VARIANT_LETTER, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(NUMBER_SIGN, "no")
    .replace(NOT_LETTER_OR_DIGIT, "");
}

/** A value an alias stands for, and the alias's position in its list (0 = the preferred name). */
export interface RankedAlias<T> {
  readonly value: T;
  readonly rank: number;
}

/**
 * Builds a lookup from loose keys of every alias to its value and rank. Clashing keys are a programming error.
 *
 * @example rankedAliasLookup({ yes: ["Yes", "是"] }).get("是") // { value: "yes", rank: 1 }
 */
export function rankedAliasLookup<T>(
  aliases: Readonly<Record<string, readonly string[]>>,
): Map<string, RankedAlias<T>> {
  const lookup = new Map<string, RankedAlias<T>>();
  for (const [value, names] of Object.entries(aliases)) {
    names.forEach((name, rank) => {
      const key = looseKey(name);
      const existing = lookup.get(key);
      if (existing !== undefined && existing.value !== value) {
        throw new Error(`Alias "${name}" maps to both ${String(existing.value)} and ${value}`);
      }
      if (existing === undefined) lookup.set(key, { value: value as T, rank });
    });
  }
  return lookup;
}

/**
 * Builds a lookup from loose keys of every alias to its value.
 *
 * @example aliasLookup({ yes: ["Yes", "是"] }).get("yes") // "yes"
 */
export function aliasLookup<T>(aliases: Readonly<Record<string, readonly string[]>>): Map<string, T> {
  return new Map([...rankedAliasLookup<T>(aliases)].map(([key, { value }]) => [key, value]));
}
