import { parseAcceptance, parseAddressee, parseImplementation } from "../../src/core/parse/status-words";
import { REGISTER_LANGUAGES } from "../../src/core/languages";
import { FINDING_FIELDS } from "../../src/labels/finding-fields";
import { FINDING_LABELS } from "../../src/labels/finding-labels";
import type { LabelText } from "../../src/labels/label-table";
import { formatFindingMessage } from "../../src/labels/labels";
import type { Language } from "../../src/labels/language";
import { UI_LABELS } from "../../src/labels/ui-labels";

const UPCOMING: readonly Language[] = ["ar", "fr", "ru", "es"];
const SIX: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];

/** The pane's, the ribbon's and the findings' labels: what this table must give in all six languages. */
const TABLES = { ...UI_LABELS, ...FINDING_LABELS } as Readonly<
  Record<string, Partial<Record<Language, LabelText>>>
>;

function formsOf(text: LabelText | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === "string" ? [text] : Object.values(text);
}

function placeholders(text: string): string {
  return [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)]
    .map((match) => match[1] ?? "")
    .filter((name) => name !== "count")
    .sort()
    .join(",");
}

describe("the pane's, the ribbon's and the findings' labels in the six UN languages", () => {
  it("give every label in Arabic, French, Russian and Spanish", () => {
    const missing = Object.entries(TABLES).flatMap(([id, texts]) =>
      UPCOMING.filter((lang) => {
        const forms = formsOf(texts[lang]);
        return forms.length === 0 || forms.some((form) => !form.trim());
      }).map((lang) => `${id}/${lang}`),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(TABLES).length).toBeGreaterThan(150);
  });

  it("use the English placeholders in every language and every plural form", () => {
    const mismatched = Object.entries(TABLES).flatMap(([id, texts]) => {
      const english = new Set(formsOf(texts.en).map(placeholders));
      return SIX.flatMap((lang) =>
        formsOf(texts[lang])
          .filter((form) => !english.has(placeholders(form)))
          .map((form) => `${id}/${lang}: ${form}`),
      );
    });
    expect(mismatched).toEqual([]);
  });

  it("are not left in English (names and symbols aside)", () => {
    const sameAsEnglish = Object.entries(TABLES).flatMap(([id, texts]) =>
      UPCOMING.filter((lang) => {
        const english = formsOf(texts.en).join("|");
        return formsOf(texts[lang]).join("|") === english && /[a-z]{4}/.test(english.replace(/\{\w+\}/g, ""));
      }).map((lang) => `${id}/${lang}`),
    );
    // Words that French and Spanish share with English.
    expect(sameAsEnglish.sort()).toEqual(["ui.severity.error/es", "ui.version/fr"]);
  });
});

describe("the words a message tells the reader to type, in the reader's language", () => {
  it.each(SIX)("%s: a message names each column by the language's first header, as English does", (lang) => {
    const { headers } = REGISTER_LANGUAGES.find((language) => language.code === lang) ?? {};
    if (!headers) throw new Error(`No register language ${lang}`);
    const prefixed = (prefix: string, table: Readonly<Record<string, readonly string[]>>) =>
      Object.entries(table).map(([id, names]) => [`${prefix}${id}`, names[0]] as const);
    const firstHeaders = [
      ...prefixed("", headers.register),
      ...prefixed("plannedReviews.", headers.plannedReviews),
      ...prefixed("requests.", headers.requests),
      ...prefixed("vocabulary.", headers.vocabulary),
    ];
    const fields = FINDING_FIELDS as Readonly<Record<string, Partial<Record<Language, string>>>>;
    const differing = firstHeaders
      .filter(([id, first]) => fields[id]?.[lang] !== first)
      .map(([id, first]) => `${id}: ${fields[id]?.[lang]} ≠ ${first}`);
    expect(differing).toEqual([]);
    const named = new Set(firstHeaders.map(([id]) => id));
    // The one field that is not a column of its own: the recommendation's text, named in full.
    expect(Object.keys(FINDING_FIELDS).filter((id) => !named.has(id))).toEqual(["recommendationTextInFull"]);
  });

  // Rendered for a language the label table completes only once Language takes the four (15a's flip).
  const render = (id: Parameters<typeof formatFindingMessage>[0], params: object, lang: Language) =>
    formatFindingMessage(id, params as never, lang as Language);

  it.each(SIX)("%s: the Vocabulary sheet and its columns are the names the parser reads", (lang) => {
    const { headers } = REGISTER_LANGUAGES.find((language) => language.code === lang) ?? {};
    const text = render(
      "unknownWord",
      { field: "acceptance", value: "Acepted", choices: "acceptance" },
      lang,
    );
    expect(text).toContain(headers?.vocabularySheet[0] ?? "?");
    expect(text).toContain(headers?.vocabulary.word[0] ?? "?");
    expect(text).toContain(headers?.vocabulary.means[0] ?? "?");
  });

  it.each(SIX)(
    "%s: the example of a Vocabulary meaning reads as a legislative body, or accepted and in progress",
    (lang) => {
      const { words } = REGISTER_LANGUAGES.find((language) => language.code === lang) ?? {};
      const text = render("vocabulary.meansMissing", { field: "vocabulary.means", value: "GA" }, lang);
      const legislative = words?.addressee.legislative[0] ?? "?";
      const accepted = words?.acceptance.accepted[0] ?? "?";
      const inProgress = words?.implementation.inProgress[0] ?? "?";
      expect(text).toContain(legislative);
      expect(text).toMatch(new RegExp(`${accepted}[;；] ?${inProgress}`));
      expect(parseAddressee(legislative)).toBe("legislative");
      expect(parseAcceptance(accepted)).toBe("accepted");
      expect(parseImplementation(inProgress)).toBe("inProgress");
    },
  );

  it("names the French and Russian words, not the English ones, in French and Russian", () => {
    expect(render("acceptance.inferredOneRow", { field: "acceptance", row: 7 }, "fr")).toMatch(
      /Inscrivez Acceptée pour le confirmer$/,
    );
    expect(render("acceptance.inferredOneRow", { field: "acceptance", row: 7 }, "ru")).toMatch(
      /Введите Принята, чтобы это подтвердить$/,
    );
    expect(render("missingChoice", { field: "acceptance", choices: "acceptance" }, "es")).toBe(
      "Aceptación: falta el valor; use Aceptada, No aceptada, En estudio o No pertinente",
    );
  });
});
