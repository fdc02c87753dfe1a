import type { Language, UpcomingLanguage } from "./language";

/**
 * One label in every language with a complete table, and in the UN languages being added where already
 * translated. Once every label has them, the upcoming languages join `Language` and become required.
 */
export type LabelTexts = Readonly<Record<Language, string> & Partial<Record<UpcomingLanguage, string>>>;

/**
 * A table of labels keyed by stable ids. Every entry must give every `Language`, so adding a language
 * (Arabic, French, Russian, Spanish) is a change to the tables only: the compiler lists what is missing.
 */
export type LabelTable = Readonly<Record<string, LabelTexts>>;
