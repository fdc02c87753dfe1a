import { isLanguage, type Language } from "./language";

/** The six official languages of the United Nations, in the UN's order (Arabic, Chinese, English, …). */
export const UN_LANGUAGE_ORDER: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];

/**
 * Each language named in itself, as a language list shows it whatever the reader's language: a reader
 * looks for their own language's name, not its name in a language they may not read.
 */
export const LANGUAGE_OWN_NAMES: Readonly<Record<Language, string>> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** The direction a language is written in: Arabic from right to left. */
export function writingDirection(language: Language): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}

/**
 * The languages with a complete label table, in the UN's order, each with its own name.
 *
 * @example languageChoices().map((choice) => choice.name) // ["العربية", "中文", "English", "Français", "Русский", "Español"]
 */
export function languageChoices(): readonly { readonly code: Language; readonly name: string }[] {
  return UN_LANGUAGE_ORDER.filter((code) => isLanguage(code)).map((code) => ({
    code,
    name: LANGUAGE_OWN_NAMES[code],
  }));
}
