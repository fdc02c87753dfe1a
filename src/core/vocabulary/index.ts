/** The words a register is read with: built-in synonyms in every register language, and a Vocabulary sheet. */
export type { AddresseeWord, StatusWord, WordMeaning } from "./meaning";
export { sameMeaning, sameStatus } from "./meaning";
export { BUILT_IN_WORDS } from "./built-in";
export { parseMeans } from "./means";
export { BUILT_IN_VOCABULARY, createVocabulary, type Vocabulary, type VocabularyEntry } from "./vocabulary";
export { isVocabularySheetName, readVocabulary } from "./sheet";
