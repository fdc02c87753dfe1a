import type { LabelText, PluralForms } from "./label-table";
import { localeOf } from "./language-conventions";
import type { Language } from "./language";

const RULES = new Map<Language, Intl.PluralRules>();

function pluralRules(lang: Language): Intl.PluralRules {
  let rules = RULES.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf(lang));
    RULES.set(lang, rules);
  }
  return rules;
}

/**
 * The plural category of a count in a language (Intl.PluralRules, cardinal).
 *
 * @example pluralCategory(3, "ru") // "few"
 * @example pluralCategory(11, "ar") // "many"
 */
export function pluralCategory(count: number, lang: Language): Intl.LDMLPluralRule {
  return pluralRules(lang).select(count);
}

export function isPluralForms(text: LabelText): text is PluralForms {
  return typeof text !== "string";
}

/**
 * The form of a plural text for a count: the language's category, or `other` when the label does not give
 * that category (a test makes sure every category a count can select is given).
 *
 * @example pluralForm({ one: "1 report", other: "{count} reports" }, 3, "en") // "{count} reports"
 */
export function pluralForm(forms: PluralForms, count: number, lang: Language): string {
  return forms[pluralCategory(count, lang)] ?? forms.other;
}

/**
 * The plural categories a language selects for whole counts from 0 to 1000, which a plural label must give
 * (fr and es also have `many`, for millions, where `other` is right).
 */
export function categoriesForCounts(lang: Language): Intl.LDMLPluralRule[] {
  const found = new Set<Intl.LDMLPluralRule>();
  for (let count = 0; count <= 1000; count++) found.add(pluralCategory(count, lang));
  return [...found].sort();
}
