/** Languages with a complete label table. Arabic, French, Russian and Spanish come later. */
export type Language = "en" | "zh";

/** The other official UN languages, being added: labels may already carry them (see `LabelTexts`). */
export type UpcomingLanguage = "ar" | "fr" | "ru" | "es";

/** Every official UN language, complete or being added: the language rules (conventions) cover them all. */
export type UnLanguage = Language | UpcomingLanguage;

export const LANGUAGES: readonly Language[] = ["en", "zh"];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
