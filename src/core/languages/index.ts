import { ARABIC_HEADERS } from "./ar-headers";
import { ARABIC_WORDS } from "./ar-words";
import { ENGLISH_HEADERS } from "./en-headers";
import { ENGLISH_WORDS } from "./en-words";
import { SPANISH_HEADERS } from "./es-headers";
import { SPANISH_WORDS } from "./es-words";
import { FRENCH_HEADERS } from "./fr-headers";
import { FRENCH_WORDS } from "./fr-words";
import { RUSSIAN_HEADERS } from "./ru-headers";
import { RUSSIAN_WORDS } from "./ru-words";
import type { RegisterLanguage } from "./types";
import { CHINESE_HEADERS } from "./zh-headers";
import { CHINESE_WORDS } from "./zh-words";

export type {
  RegisterHeaders,
  RegisterLanguage,
  RegisterLanguageCode,
  RegisterWords,
  StatusPhrase,
  VocabularyColumnId,
} from "./types";

/**
 * The languages a register may be written in, in the order their words are offered. A new language is one
 * more entry here, with its words and headers: the lookups below take it up.
 */
export const REGISTER_LANGUAGES: readonly RegisterLanguage[] = [
  { code: "en", words: ENGLISH_WORDS, headers: ENGLISH_HEADERS },
  { code: "zh", words: CHINESE_WORDS, headers: CHINESE_HEADERS },
  { code: "fr", words: FRENCH_WORDS, headers: FRENCH_HEADERS },
  { code: "es", words: SPANISH_WORDS, headers: SPANISH_HEADERS },
  { code: "ru", words: RUSSIAN_WORDS, headers: RUSSIAN_HEADERS },
  { code: "ar", words: ARABIC_WORDS, headers: ARABIC_HEADERS },
];

/**
 * One alias table from every language's: for each key, every language's first (canonical) name in
 * language order, then every language's other names. A name's position is its strength when two headers
 * name one column ("Management assessment" wins over "Comments").
 *
 * @example mergeAliases((language) => language.headers.vocabulary).word // ["Word", "词语", "Term", "Our word", "用语"]
 */
export function mergeAliases<K extends string>(
  pick: (language: RegisterLanguage) => Readonly<Record<K, readonly string[]>>,
): Readonly<Record<K, readonly string[]>> {
  const tables = REGISTER_LANGUAGES.map(pick);
  const keys = Object.keys(tables[0] ?? {}) as K[];
  const merged = {} as Record<K, readonly string[]>;
  for (const key of keys) {
    const lists = tables.map((table) => table[key] ?? []);
    merged[key] = [...lists.flatMap((list) => list.slice(0, 1)), ...lists.flatMap((list) => list.slice(1))];
  }
  return merged;
}

/**
 * Every language's list of words, in language order.
 *
 * @example allWords((language) => language.words.notApplicable) // ["Not applicable", "N/A", "NA", "不适用"]
 */
export function allWords(pick: (language: RegisterLanguage) => readonly string[]): readonly string[] {
  return REGISTER_LANGUAGES.flatMap(pick);
}
