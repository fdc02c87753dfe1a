import { CHANGES_LABELS } from "../../src/labels/changes-labels";
import { HISTORY_FIELDS, HISTORY_MESSAGES } from "../../src/labels/finding-labels-history";
import type { LabelTexts } from "../../src/labels/label-table";
import { RULE_TITLES } from "../../src/labels/ui-labels";

const SIX = ["en", "zh", "ar", "fr", "ru", "es"] as const;
const PLACEHOLDERS = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

const tables: Readonly<Record<string, Readonly<Record<string, LabelTexts>>>> = {
  changes: CHANGES_LABELS,
  historyMessages: HISTORY_MESSAGES,
  historyFields: HISTORY_FIELDS,
  historyRules: {
    "W13-history-sheet": RULE_TITLES["W13-history-sheet"],
    "W14-history-row": RULE_TITLES["W14-history-row"],
  },
};

describe("issue 14's labels", () => {
  it.each(Object.entries(tables))(
    "%s are written in all six UN languages, with the same placeholders",
    (_name, table) => {
      for (const [id, texts] of Object.entries(table)) {
        const english = [...(typeof texts.en === "string" ? texts.en : "").matchAll(PLACEHOLDERS)]
          .map((match) => match[1])
          .sort();
        for (const lang of SIX) {
          const text = texts[lang];
          expect({ id, lang, written: typeof text === "string" && text.trim() !== "" }).toEqual({
            id,
            lang,
            written: true,
          });
          expect({
            id,
            lang,
            placeholders: [...(typeof text === "string" ? text : "").matchAll(PLACEHOLDERS)]
              .map((m) => m[1])
              .sort(),
          }).toEqual({
            id,
            lang,
            placeholders: english,
          });
        }
      }
    },
  );
});
