import type { Language } from "./language";

/**
 * "digits": plain digits ("1234"), as the English and Chinese documents have always been written;
 * "grouped": digits grouped by Intl.NumberFormat ("1 234", "1234" in Spanish, which groups from five).
 */
export type NumberStyle = "digits" | "grouped" | "chinese" | "roman" | "arabicOrdinal";

/**
 * How a language writes numbers, lists and dates in a document. A table, like the labels: the rules
 * themselves are `Intl`'s (PluralRules, ListFormat, DateTimeFormat, NumberFormat) for `locale`.
 */
export interface LanguageConventions {
  /** The BCP 47 locale handed to `Intl`. Arabic asks for Western digits: see docs/terminology.md. */
  readonly locale: string;
  /** Counts in running text ("four recommendations"): digits, or Chinese numerals as the seed writes. */
  readonly countStyle: NumberStyle;
  /** Numbers that stay digits in every language (a count of rows, of reports): `formatDigits`. */
  readonly digitStyle: "digits" | "grouped";
  /** Numbered headings: "I.", "一、", "أولا -". */
  readonly headingStyle: NumberStyle;
  /**
   * Chinese documents set a space between Western digits and Chinese characters ("2023 年 2 月 28 日",
   * "1、5、8 和 9"); `Intl` gives none, so the space is added around the parts `Intl` returns.
   */
  readonly spaceDigitsFromText: boolean;
  /** Month names where the language's documents differ from `Intl`'s (UN Arabic gives two names). */
  readonly monthNames?: readonly string[];
  /** How the first day of a month is written where it is not "1" (French "1er"). */
  readonly firstOfMonth?: string;
}

/**
 * The months as UN Arabic documents name them: the Levantine name, then the Egyptian one ("شباط/فبراير"),
 * with the UN's spellings يونيه and يوليه.
 */
const UN_ARABIC_MONTHS = [
  "كانون الثاني/يناير",
  "شباط/فبراير",
  "آذار/مارس",
  "نيسان/أبريل",
  "أيار/مايو",
  "حزيران/يونيه",
  "تموز/يوليه",
  "آب/أغسطس",
  "أيلول/سبتمبر",
  "تشرين الأول/أكتوبر",
  "تشرين الثاني/نوفمبر",
  "كانون الأول/ديسمبر",
] as const;

export const LANGUAGE_CONVENTIONS: Readonly<Record<Language, LanguageConventions>> = {
  en: {
    locale: "en-GB",
    countStyle: "digits",
    digitStyle: "digits",
    headingStyle: "roman",
    spaceDigitsFromText: false,
  },
  zh: {
    locale: "zh-CN",
    countStyle: "chinese",
    digitStyle: "digits",
    headingStyle: "chinese",
    spaceDigitsFromText: true,
  },
  fr: {
    locale: "fr-FR",
    countStyle: "grouped",
    digitStyle: "grouped",
    headingStyle: "roman",
    spaceDigitsFromText: false,
    firstOfMonth: "1er",
  },
  es: {
    locale: "es-ES",
    countStyle: "digits",
    digitStyle: "digits",
    headingStyle: "roman",
    spaceDigitsFromText: false,
  },
  ru: {
    locale: "ru-RU",
    countStyle: "digits",
    digitStyle: "digits",
    headingStyle: "roman",
    spaceDigitsFromText: false,
  },
  ar: {
    locale: "ar-u-nu-latn",
    countStyle: "grouped",
    digitStyle: "grouped",
    headingStyle: "arabicOrdinal",
    spaceDigitsFromText: false,
    monthNames: UN_ARABIC_MONTHS,
  },
};

/** The locale `Intl` is given for a language. */
export function localeOf(lang: Language): string {
  return LANGUAGE_CONVENTIONS[lang].locale;
}
