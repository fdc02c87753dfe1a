import type { Finding, FindingMessageId, FindingParams } from "../core/findings";
import type { Acceptance, Implementation, Status } from "../core/model";
import { REGISTER_LANGUAGES, type RegisterLanguage } from "../core/languages";
import { ACCEPTANCE_WORDS, IMPLEMENTATION_WORDS } from "../core/parse/status-words";
import type { ChoiceSet } from "../core/validate/message-params";
import { acceptanceLabel, implementationLabel, statusLabel } from "./display-names";
import type { LabelTexts } from "./label-table";
import type { Language } from "./language";
import { isolated } from "./bidi";
import { formatAlternatives, formatList } from "./format-list";
import { writingDirection } from "./language-names";
import { label, LABELS } from "./lookup";

export { formatAlternatives };

/**
 * The register's own words and headers (src/core/languages) a reader is told to type: those of the
 * reader's language when the register takes it, else English's, which the register always takes.
 */
function registerLanguage(lang: Language): RegisterLanguage {
  const language = REGISTER_LANGUAGES.find((candidate) => candidate.code === lang) ?? REGISTER_LANGUAGES[0];
  if (!language) throw new Error("No register language");
  return language;
}

/**
 * Placeholders a template fills with the register's canonical words in the reader's language, so that a
 * message never tells a reader to type a word the parser does not read ("Type {wordAccepted} to say so").
 * Their names are reserved: no finding parameter may take them.
 */
const REGISTER_WORD_PLACEHOLDERS: Readonly<
  Record<string, (language: RegisterLanguage) => string | undefined>
> = {
  wordAccepted: ({ words }) => words.acceptance.accepted[0],
  wordUnderConsideration: ({ words }) => words.acceptance.underConsideration[0],
  wordImplemented: ({ words }) => words.implementation.implemented[0],
  wordInProgress: ({ words }) => words.implementation.inProgress[0],
  wordLegislative: ({ words }) => words.addressee.legislative[0],
  wordExecutiveHead: ({ words }) => words.addressee.executiveHead[0],
  wordInformal: ({ words }) => words.unnumbered[0],
  headerAcceptance: ({ headers }) => headers.register.acceptance[0],
  headerWord: ({ headers }) => headers.vocabulary.word[0],
  headerMeans: ({ headers }) => headers.vocabulary.means[0],
  sheetVocabulary: ({ headers }) => headers.vocabularySheet[0],
};

/** Placeholders a template fills with a display name, as the generated sheets write it. */
const DISPLAY_NAME_PLACEHOLDERS: Readonly<Record<string, (lang: Language) => string>> = {
  statusImplemented: (lang) => statusLabel("implemented", lang),
};

/** The word a reserved placeholder stands for, or undefined when `name` is not one. */
function registerWordFor(name: string, lang: Language): string | undefined {
  const pick = REGISTER_WORD_PLACEHOLDERS[name];
  if (pick) return pick(registerLanguage(lang)) ?? "";
  return DISPLAY_NAME_PLACEHOLDERS[name]?.(lang);
}

/** The acceptances a reader is told to choose from: the JIU's four ("Closed" is read, not suggested). */
const SUGGESTED_ACCEPTANCES = ["accepted", "notAccepted", "underConsideration", "notRelevant"] as const;
/** What one Status column is told to hold: the six statuses of Figures 1 and 2. */
const SUGGESTED_IMPLEMENTATIONS = ["implemented", "inProgress", "notStarted"] as const;
const SUGGESTED_STATUS_ACCEPTANCES = ["underConsideration", "notAccepted", "notRelevant"] as const;

const ACCEPTANCES = new Set<string>(Object.keys(ACCEPTANCE_WORDS));
const IMPLEMENTATIONS = new Set<string>(Object.keys(IMPLEMENTATION_WORDS));
const STATUSES = new Set<string>([...ACCEPTANCES, ...IMPLEMENTATIONS]);

type Render = (code: string, lang: Language) => string;

/** A label by a computed id, or null when there is none (a code not from the closed set). */
function labelOrNull(id: string, lang: Language): string | null {
  const texts = (LABELS as Readonly<Record<string, LabelTexts | undefined>>)[id];
  const text = texts?.[lang];
  return typeof text === "string" ? text : null;
}

/** Parameters whose value is a code from a closed set: rendered in the reader's language. */
const CLOSED_SET_PARAMS: Readonly<Record<string, Render>> = {
  field: (code, lang) => labelOrNull(`findingField.${code}`, lang) ?? code,
  otherField: (code, lang) => labelOrNull(`findingField.${code}`, lang) ?? code,
  fields: (codes, lang) =>
    formatList(
      codes.split(",").map((code) => labelOrNull(`findingField.${code}`, lang) ?? code),
      lang,
    ),
  choices: (code, lang) => choiceList(code, lang),
  acceptance: (code, lang) => (ACCEPTANCES.has(code) ? acceptanceLabel(code as Acceptance, lang) : code),
  implementation: (code, lang) =>
    IMPLEMENTATIONS.has(code) ? implementationLabel(code as Implementation, lang) : code,
  status: (code, lang) => (STATUSES.has(code) ? statusLabel(code as Status, lang) : code),
};

function choiceWords(set: ChoiceSet, lang: Language): string[] {
  const { words } = registerLanguage(lang);
  const first = <K extends string>(table: Readonly<Record<K, readonly string[]>>, keys: readonly K[]) =>
    keys.map((key) => table[key][0] ?? "");
  switch (set) {
    case "acceptance":
      return first(words.acceptance, SUGGESTED_ACCEPTANCES);
    case "implementation":
      return first(words.implementation, SUGGESTED_IMPLEMENTATIONS);
    case "status":
      return [
        ...first(words.implementation, SUGGESTED_IMPLEMENTATIONS),
        ...first(words.acceptance, SUGGESTED_STATUS_ACCEPTANCES),
      ];
    case "addressee":
      return first(words.addressee, ["legislative", "executiveHead"] as const);
    case "yesNo":
      return [words.yes[0] ?? "", words.no[0] ?? ""];
  }
}

const CHOICE_SETS = new Set<string>(["acceptance", "implementation", "addressee", "yesNo", "status"]);
const choiceCache = new Map<string, string>();

function choiceList(set: string, lang: Language): string {
  if (!CHOICE_SETS.has(set)) return set;
  const key = `${set}:${lang}`;
  let text = choiceCache.get(key);
  if (text === undefined)
    choiceCache.set(key, (text = formatAlternatives(choiceWords(set as ChoiceSet, lang), lang)));
  return text;
}

/** Same {name} syntax as `fillPlaceholders`; split, a template alternates literal text and names. */
const PLACEHOLDER_SPLIT = /\{([A-Za-z][A-Za-z0-9]*)\}/;
const compiled = new Map<string, readonly string[]>();

/** A template split once into literal text (even indexes) and placeholder names (odd), so filling is a join. */
function templateParts(id: FindingMessageId, lang: Language): readonly string[] {
  const key = `${lang}:${id}`;
  let parts = compiled.get(key);
  if (parts === undefined) compiled.set(key, (parts = label(`finding.${id}`, lang).split(PLACEHOLDER_SPLIT)));
  return parts;
}

/**
 * A finding message in a language, from its id and parameters. Closed-set codes ({field}, {choices},
 * {acceptance}, {implementation}, {status}, {language}) are rendered in the language; register values,
 * numbers and dates are shown as they are. A `hint` parameter appends its clause. Validation makes each
 * finding's English `message` with this function, so the English text and its template cannot drift.
 * A placeholder without a value is a programming error and throws, as `formatLabel` does.
 *
 * @example formatFindingMessage("formulaError", { field: "acceptance", code: "#N/A" }, "zh") // "接受情况：单元格显示 #N/A；请修正公式或直接输入值"
 */
export function formatFindingMessage(id: FindingMessageId, params: FindingParams, lang: Language): string {
  const parts = templateParts(id, lang);
  // As formatLabel does (bidiParams): in a right-to-left sentence each filled value holding Latin text or
  // digits ("JIU/REP/2021/3", "#N/A", a row number) is isolated, rendered first so codes still look up.
  const shown = writingDirection(lang) === "rtl" ? isolated : (value: string) => value;
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? "";
    const word = registerWordFor(name, lang);
    if (word !== undefined) {
      text += shown(word) + (parts[i + 1] ?? "");
      continue;
    }
    const value = params[name];
    if (value === undefined) throw new Error(`Label finding.${id} needs a value for {${name}}`);
    const render = CLOSED_SET_PARAMS[name];
    text += shown(render ? render(String(value), lang) : String(value)) + (parts[i + 1] ?? "");
  }
  const hint = params.hint === undefined ? null : labelOrNull(`findingHint.${params.hint}`, lang);
  return hint === null ? text : `${text}${label("findingClause.separator", lang)}${hint}`;
}

/**
 * A finding's text in the reader's language: the task pane's, or English for the CLI.
 *
 * @example findingMessage(finding, "zh") // "接受情况“Acepted”不是已知的状态；请填写：已接受、未接受、正在审议或不相关"
 */
export function findingMessage(finding: Finding, lang: Language): string {
  return formatFindingMessage(finding.messageId, finding.params, lang);
}

/** A finding with its text in one language, for an edge that prints text (the CLI, a report). */
export type RenderedFinding = Finding & { readonly message: string };

/**
 * The findings with their text in `lang`.
 *
 * @example renderFindings(validate(register, asOf), "en")[0]?.message // "Acceptance 'Acepted' is not ..."
 */
export function renderFindings(findings: readonly Finding[], lang: Language): RenderedFinding[] {
  return findings.map((finding) => ({ ...finding, message: findingMessage(finding, lang) }));
}
