import type { ColumnRef } from "../model";
import { looseKey } from "../parse/normalize";
import type { VocabularyColumnId } from "../languages";
import { BUILT_IN_WORDS } from "./built-in";
import type { AddresseeWord, StatusWord, WordMeaning } from "./meaning";

/** One row of a Vocabulary sheet: the organization's word, what its "Means" cell says, and what that means. */
export interface VocabularyEntry {
  /** Worksheet row. */
  readonly row: number;
  /** The word as written (trimmed); "" when the cell is blank. */
  readonly word: string;
  /** The "Means" cell as written; "" when blank. */
  readonly means: string;
  /** null when "Means" names no canonical value (validation says so). */
  readonly meaning: WordMeaning | null;
}

/**
 * The words a register's cells are read with: the built-in words of every register language, and the
 * organization's own words from its Vocabulary sheet, which come first. Lookups ignore case, spacing and
 * punctuation, and are remembered per text, as a register repeats its words thousands of times.
 */
export interface Vocabulary {
  /** The addressee a word means, or null. */
  addressee(text: string): AddresseeWord | null;
  /** The status a word states, or null. */
  status(text: string): StatusWord | null;
  /** The Vocabulary sheet's name, or null when the workbook has none. */
  readonly sheet: string | null;
  readonly columns: Readonly<Partial<Record<VocabularyColumnId, ColumnRef>>>;
  readonly entries: readonly VocabularyEntry[];
}

const MEMO_LIMIT = 10_000;

function memoized<T>(lookup: (text: string) => T | null): (text: string) => T | null {
  const memo = new Map<string, T | null>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    const value = lookup(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, value);
    return value;
  };
}

/**
 * A vocabulary from a Vocabulary sheet's entries (none: the built-in words only). An entry whose meaning is
 * unknown is left out; of two entries for one word and one kind, the first counts.
 *
 * @example createVocabulary([{ row: 2, word: "Coordination Committee", means: "Legislative body", meaning: { kind: "addressee", addressee: "legislative" } }]).addressee("coordination committee") // { addressee: "legislative", named: true }
 */
export function createVocabulary(
  entries: readonly VocabularyEntry[] = [],
  sheet: string | null = null,
  columns: Readonly<Partial<Record<VocabularyColumnId, ColumnRef>>> = {},
): Vocabulary {
  const addressees = new Map<string, AddresseeWord>();
  const statuses = new Map<string, StatusWord>();
  for (const { word, meaning } of entries) {
    if (meaning === null || word === "") continue;
    const key = looseKey(word);
    if (key === "") continue;
    if (meaning.kind === "addressee") {
      if (!addressees.has(key)) addressees.set(key, { addressee: meaning.addressee, named: true });
    } else if (!statuses.has(key)) statuses.set(key, meaning.status);
  }
  return {
    addressee: memoized((text) => {
      const key = looseKey(text);
      return addressees.get(key) ?? BUILT_IN_WORDS.addressees.get(key) ?? null;
    }),
    status: memoized((text) => {
      const key = looseKey(text);
      return statuses.get(key) ?? BUILT_IN_WORDS.statuses.get(key) ?? null;
    }),
    sheet,
    columns,
    entries,
  };
}

/** The built-in words alone: what a register without a Vocabulary sheet is read with. */
export const BUILT_IN_VOCABULARY: Vocabulary = createVocabulary();
