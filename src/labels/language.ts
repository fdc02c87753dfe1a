/** Languages with a complete label table. Arabic, French, Russian and Spanish come later. */
export type Language = "en" | "zh";

export const LANGUAGES: readonly Language[] = ["en", "zh"];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
