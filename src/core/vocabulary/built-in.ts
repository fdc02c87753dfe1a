import { REGISTER_LANGUAGES } from "../languages";
import type { Acceptance, Addressee, Implementation } from "../model";
import { looseKey } from "../parse/normalize";
import type { AddresseeWord, StatusWord } from "./meaning";

/**
 * The built-in words of every register language, keyed by `looseKey`: addressees, and statuses (acceptance
 * words, implementation words, phrases that state both, and "Not applicable"). Two languages giving one
 * word two meanings is a programming error, and throws when the module loads (a test loads it).
 */
export interface BuiltInWords {
  readonly addressees: ReadonlyMap<string, AddresseeWord>;
  readonly statuses: ReadonlyMap<string, StatusWord>;
}

function put<T>(map: Map<string, T>, word: string, value: T, same: (a: T, b: T) => boolean): void {
  const key = looseKey(word);
  const existing = map.get(key);
  if (existing !== undefined && !same(existing, value)) {
    throw new Error(`Built-in word "${word}" has two meanings`);
  }
  map.set(key, value);
}

const sameAddressee = (a: AddresseeWord, b: AddresseeWord) => a.addressee === b.addressee;
const sameStatusWord = (a: StatusWord, b: StatusWord) =>
  a.acceptance === b.acceptance && a.implementation === b.implementation;

function buildBuiltIn(): BuiltInWords {
  const addressees = new Map<string, AddresseeWord>();
  const statuses = new Map<string, StatusWord>();
  for (const { words } of REGISTER_LANGUAGES) {
    for (const [addressee, list] of Object.entries(words.addressee) as [Addressee, string[]][]) {
      for (const word of list) put(addressees, word, { addressee, named: false }, sameAddressee);
    }
    for (const [addressee, list] of Object.entries(words.namedAddressee) as [Addressee, string[]][]) {
      for (const word of list) put(addressees, word, { addressee, named: true }, sameAddressee);
    }
    for (const [acceptance, list] of Object.entries(words.acceptance) as [Acceptance, string[]][]) {
      for (const word of list) put(statuses, word, { acceptance, implementation: null }, sameStatusWord);
    }
    for (const [implementation, list] of Object.entries(words.implementation) as [
      Implementation,
      string[],
    ][]) {
      for (const word of list) put(statuses, word, { acceptance: null, implementation }, sameStatusWord);
    }
    for (const phrase of words.statusPhrases) {
      const meaning = {
        acceptance: phrase.acceptance ?? null,
        implementation: phrase.implementation ?? null,
      };
      for (const word of phrase.words) put(statuses, word, meaning, sameStatusWord);
    }
    const notApplicable: StatusWord = { acceptance: null, implementation: null, notApplicable: true };
    for (const word of words.notApplicable) put(statuses, word, notApplicable, sameStatusWord);
  }
  return { addressees, statuses };
}

export const BUILT_IN_WORDS: BuiltInWords = buildBuiltIn();
