import type { Language } from "./language";

export type NumberStyle = "digits" | "chinese" | "roman";

/** How a language writes numbers in running text and in numbered headings. A table, like the labels. */
export interface LanguageConventions {
  readonly countStyle: NumberStyle;
  readonly headingStyle: NumberStyle;
}

export const LANGUAGE_CONVENTIONS: Readonly<Record<Language, LanguageConventions>> = {
  en: { countStyle: "digits", headingStyle: "roman" },
  zh: { countStyle: "chinese", headingStyle: "chinese" },
};
