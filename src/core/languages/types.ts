import type {
  Acceptance,
  Addressee,
  ColumnId,
  Implementation,
  PlannedReviewColumnId,
  RequestColumnId,
} from "../model";

/** The columns of the optional Vocabulary sheet: an organization's word, and what it means. */
export type VocabularyColumnId = "word" | "means";

/**
 * A status phrase that states an acceptance, an implementation, or both ("Accepted and implemented",
 * "Partially implemented"). At least one of the two is given.
 */
export interface StatusPhrase {
  readonly words: readonly string[];
  readonly acceptance?: Acceptance;
  readonly implementation?: Implementation;
}

/**
 * The words a register may hold in one language. In each list the first word is the canonical one: what
 * messages tell a reader of that language to type, and what a Vocabulary sheet's "Means" column names.
 * Matching ignores case, spacing and punctuation (`looseKey`).
 */
export interface RegisterWords {
  /** Generic names of the two addressees ("Legislative body", "Governing bodies", "Executive head"). */
  readonly addressee: Readonly<Record<Addressee, readonly string[]>>;
  /**
   * Names of particular bodies and officials ("Coordination Committee", "Director-General", "Both"): read
   * as their addressee, and printed in the generated sheets as the register writes them.
   */
  readonly namedAddressee: Readonly<Record<Addressee, readonly string[]>>;
  readonly acceptance: Readonly<Record<Acceptance, readonly string[]>>;
  readonly implementation: Readonly<Record<Implementation, readonly string[]>>;
  /** Phrases of one "Status" column, or status words that state more than their column. */
  readonly statusPhrases: readonly StatusPhrase[];
  /** Implementation words that mean "no implementation status" ("Not applicable"): read as blank. */
  readonly notApplicable: readonly string[];
  readonly yes: readonly string[];
  readonly no: readonly string[];
  /** How a register names the unnumbered ("informal", "soft") recommendations of a report. */
  readonly unnumbered: readonly string[];
}

/** The header names of the register, its side sheets and the Vocabulary sheet, in one language. */
export interface RegisterHeaders {
  readonly register: Readonly<Record<ColumnId, readonly string[]>>;
  readonly plannedReviews: Readonly<Record<PlannedReviewColumnId, readonly string[]>>;
  readonly requests: Readonly<Record<RequestColumnId, readonly string[]>>;
  readonly vocabulary: Readonly<Record<VocabularyColumnId, readonly string[]>>;
  /** Names the Vocabulary sheet answers to ("Vocabulary"). */
  readonly vocabularySheet: readonly string[];
}

/**
 * The six official languages of the United Nations: a register may be written in any of them. Wider, for
 * now, than the labels' `Language` (src/labels), which names the languages the generated sheets are complete in.
 */
export type RegisterLanguageCode = "en" | "zh" | "fr" | "es" | "ru" | "ar";

/**
 * One language of the register: its words and headers. Adding a language (French, Spanish, Russian,
 * Arabic) is a new pair of tables and one entry in `REGISTER_LANGUAGES`: nothing else changes.
 */
export interface RegisterLanguage {
  /** BCP 47 code: "en", "zh", "fr", "es", "ru", "ar". */
  readonly code: RegisterLanguageCode;
  readonly words: RegisterWords;
  readonly headers: RegisterHeaders;
}
