/** The six official languages of the United Nations, each with a complete label table. */
export type Language = "en" | "zh" | "ar" | "fr" | "ru" | "es";

/** English first (the default), then Chinese (the seed's), then the others in the UN's alphabetical order. */
export const LANGUAGES: readonly Language[] = ["en", "zh", "ar", "fr", "ru", "es"];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
