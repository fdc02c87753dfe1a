import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Language } from "../../labels/language";
import {
  formatLabel,
  formatNumber,
  formatPlural,
  label,
  type LabelId,
  type LabelParams,
  type PluralLabelId,
} from "../../labels/labels";

/** Looks up a label in the pane's language and fills its `{name}` placeholders. */
export type Translate = (id: LabelId, params?: LabelParams) => string;

/** A plural label's form for a count, the count written with the language's digits and grouping. */
export type TranslatePlural = (id: PluralLabelId, count: number, params?: LabelParams) => string;

export function translator(language: Language): Translate {
  return (id, params) => (params ? formatLabel(id, language, params) : label(id, language));
}

export function pluralTranslator(language: Language): TranslatePlural {
  return (id, count, params = {}) =>
    formatPlural(id, language, count, { count: formatNumber(count, language), ...params });
}

interface TextValue {
  readonly language: Language;
  readonly t: Translate;
  readonly plural: TranslatePlural;
}

const TextContext = createContext<TextValue>({
  language: "en",
  t: translator("en"),
  plural: pluralTranslator("en"),
});

/** Gives the components below it the display language and its labels. */
export function TextProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(
    () => ({ language, t: translator(language), plural: pluralTranslator(language) }),
    [language],
  );
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/** The pane's translate functions and language, for components below `TextProvider`. */
export function useText(): TextValue {
  return useContext(TextContext);
}
