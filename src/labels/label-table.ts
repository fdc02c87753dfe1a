import type { Language } from "./language";

/**
 * A text that depends on a count: one form per plural category the language uses, picked by
 * `Intl.PluralRules` (`formatPlural`). `other` is always given; English needs `one` too, French and
 * Spanish `one`, Russian `one`, `few` and `many`, Arabic `zero`, `one`, `two`, `few` and `many`, Chinese
 * only `other`. A test checks that every plural label gives every form its language selects.
 *
 * @example { one: "{count} recommendation", other: "{count} recommendations" }
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A label's text in one language: a plain text, or (for a plural label) its plural forms. */
export type LabelText = string | PluralForms;

/**
 * One label in each of the six UN languages: every language is required, so a label without one does not
 * compile. A label is either plain in every language or plural (`PluralForms`) in every language.
 */
export type LabelTexts = Readonly<Record<Language, LabelText>>;

/**
 * A table of labels keyed by stable ids. Every entry must give every `Language`, so adding a language
 * (Arabic, French, Russian, Spanish) is a change to the tables only: the compiler lists what is missing.
 */
export type LabelTable = Readonly<Record<string, LabelTexts>>;
