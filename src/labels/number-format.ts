import { LANGUAGE_CONVENTIONS, localeOf } from "./language-conventions";
import type { Language } from "./language";

/**
 * A number in the language's digits and grouping (Intl.NumberFormat): "1,234" in English, "1 234" in
 * French and Russian, "1234" in Spanish (which groups from five digits), Western digits in Arabic.
 *
 * @example formatNumber(12345, "fr") // "12 345" (with a narrow no-break space)
 */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

/**
 * A ratio as a percentage, rounded to whole percent: "85%", "85 %" (fr, es, ru, with a no-break space).
 *
 * @example formatPercent(0.853, "fr") // "85 %"
 */
export function formatPercent(ratio: number, lang: Language): string {
  return new Intl.NumberFormat(localeOf(lang), { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/**
 * A number written with digits as the language's documents write a count: plain in English and Chinese
 * ("1234", as these documents always were), grouped by Intl.NumberFormat in the other languages.
 *
 * @example formatDigits(1234, "en") // "1234"
 * @example formatDigits(1234, "ru") // "1 234"
 */
export function formatDigits(n: number, lang: Language): string {
  return LANGUAGE_CONVENTIONS[lang].digitStyle === "digits" ? String(n) : formatNumber(n, lang);
}
