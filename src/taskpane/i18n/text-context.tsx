import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Language } from "../../labels/language";
import { formatLabel, label, type LabelId, type LabelParams } from "../../labels/labels";

/** Looks up a label in the pane's language and fills its `{name}` placeholders. */
export type Translate = (id: LabelId, params?: LabelParams) => string;

export function translator(language: Language): Translate {
  return (id, params) => (params ? formatLabel(id, language, params) : label(id, language));
}

const TextContext = createContext<{ language: Language; t: Translate }>({
  language: "en",
  t: translator("en"),
});

/** Gives the components below it the display language and its labels. */
export function TextProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/** The pane's translate function and language, for components below `TextProvider`. */
export function useText(): { language: Language; t: Translate } {
  return useContext(TextContext);
}
