import { LANGUAGE_CONVENTIONS } from "./language-conventions";
import type { Language } from "./language";

const HAN = /\p{Script=Han}/u;
/** Characters beside which Chinese sets no space: whitespace and CJK or full-width punctuation. */
const NO_SPACE = /[\s\u3000-\u303f\uff00-\uffef]/u;

function needsSpace(before: string, after: string): boolean {
  if (!before || !after || NO_SPACE.test(before) || NO_SPACE.test(after)) return false;
  return HAN.test(before) !== HAN.test(after);
}

/**
 * Joins the parts an `Intl` formatter returned, as the language's documents set them: in Chinese a space
 * where Chinese characters meet digits or Latin letters ("2023 年 2 月 28 日", "3(a)、3(b) 和 7"), other
 * languages as `Intl` gives them.
 */
export function joinParts(parts: readonly { readonly value: string }[], lang: Language): string {
  if (!LANGUAGE_CONVENTIONS[lang].spaceDigitsFromText) return parts.map((part) => part.value).join("");
  let out = "";
  for (const { value } of parts) {
    if (needsSpace(out.slice(-1), value.slice(0, 1))) out += " ";
    out += value;
  }
  return out;
}
