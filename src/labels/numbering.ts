import { LANGUAGE_CONVENTIONS, type NumberStyle } from "./language-conventions";
import type { Language } from "./language";
import { formatNumber } from "./number-format";
import { formatLabel } from "./lookup";

const CHINESE_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** Chinese numerals up to 99 (一, 十, 十一, 二十四); larger numbers keep their digits. */
function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (CHINESE_DIGITS[tens] ?? "")}十${ones === 0 ? "" : (CHINESE_DIGITS[ones] ?? "")}`;
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = "";
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** The ordinal adverbs UN Arabic documents number their headings with ("أولا -", "ثانيا -"). */
const ARABIC_ORDINALS = [
  "أولا",
  "ثانيا",
  "ثالثا",
  "رابعا",
  "خامسا",
  "سادسا",
  "سابعا",
  "ثامنا",
  "تاسعا",
  "عاشرا",
  "حادي عشر",
  "ثاني عشر",
  "ثالث عشر",
  "رابع عشر",
  "خامس عشر",
  "سادس عشر",
  "سابع عشر",
  "ثامن عشر",
  "تاسع عشر",
  "عشرون",
] as const;

function styled(n: number, style: NumberStyle, lang: Language): string {
  switch (style) {
    case "digits":
      return String(n);
    case "grouped":
      return formatNumber(n, lang);
    case "arabicOrdinal":
      return ARABIC_ORDINALS[n - 1] ?? formatNumber(n, lang);
    case "chinese":
      return chineseNumeral(n);
    case "roman":
      return romanNumeral(n);
  }
}

/**
 * A count as running text writes it: digits in English, Chinese numerals in Chinese (as in the seed's
 * "一项给产权组织立法机构的建议以及四项给行政首长的建议").
 *
 * @example formatCount(4, "zh") // "四"
 * @example formatCount(4, "en") // "4"
 */
export function formatCount(n: number, lang: Language): string {
  return styled(n, LANGUAGE_CONVENTIONS[lang].countStyle, lang);
}

/**
 * The marker of the n-th (1-based) heading in a numbered list of headings.
 *
 * @example numberingMarker(2, "en") // "II."
 * @example numberingMarker(2, "zh") // "二、"
 */
export function numberingMarker(n: number, lang: Language): string {
  return formatLabel("numbering.marker", lang, {
    marker: styled(n, LANGUAGE_CONVENTIONS[lang].headingStyle, lang),
  });
}
