import type { Acceptance, Addressee, ColumnId, Implementation, Status } from "../model";
import { foreignWord, type ForeignMeaning } from "../parse/foreign-words";
import { columnName } from "../parse/headers";
import { ACCEPTANCE_WORDS, ADDRESSEE_WORDS, IMPLEMENTATION_WORDS } from "../parse/status-words";

/** Display words for messages. Findings are in English for now; the label table localises the UI around them. */
export const ACCEPTANCE_LABEL: Readonly<Record<Acceptance, string>> = {
  accepted: "Accepted",
  notAccepted: "Not accepted",
  underConsideration: "Under consideration",
  notRelevant: "Not relevant",
};

export const IMPLEMENTATION_LABEL: Readonly<Record<Implementation, string>> = {
  implemented: "Implemented",
  inProgress: "In progress",
  notStarted: "Not started",
};

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  implemented: "Implemented",
  inProgress: "In progress",
  notStarted: "Not started",
  underConsideration: "Under consideration",
  notAccepted: "Not accepted",
  notRelevant: "Not relevant",
};

export const ADDRESSEE_LABEL: Readonly<Record<Addressee, string>> = {
  legislative: "Legislative body",
  executiveHead: "Executive head",
};

export const ACCEPTANCE_CHOICES = "use Accepted, Not accepted, Under consideration or Not relevant";
export const IMPLEMENTATION_CHOICES = "use Implemented, In progress or Not started";
export const ADDRESSEE_CHOICES = "use Legislative body or Executive head";

const MAX_QUOTED = 80;
// Zero-width joiners and non-joiners stay: they shape emoji and Persian or Arabic text.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * A value quoted for a message, shortened when long so that a message stays one readable line.
 * Invisible characters are dropped and a long value is cut between characters, never inside an emoji
 * or other character outside the Basic Multilingual Plane (half of one would show as a replacement box).
 *
 * @example quote("Acepted") // "'Acepted'"
 */
export function quote(text: string): string {
  const oneLine = text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (oneLine.length <= MAX_QUOTED) return `'${oneLine}'`;
  const characters = Array.from(oneLine);
  if (characters.length <= MAX_QUOTED) return `'${oneLine}'`;
  return `'${characters.slice(0, MAX_QUOTED - 1).join("")}…'`;
}

const ENGLISH_AND_CHINESE: Readonly<
  Record<ForeignMeaning["column"], Readonly<Record<string, readonly string[]>>>
> = {
  acceptance: ACCEPTANCE_WORDS,
  implementation: IMPLEMENTATION_WORDS,
  addressee: ADDRESSEE_WORDS,
};

/**
 * For a word typed in French, Spanish, Russian or Arabic: which word to type instead. Null for other text.
 *
 * @example foreignWordAdvice("acceptance", "Field", "Aceptada") // "Field 'Aceptada' looks like Spanish for Accepted; ..."
 */
export function foreignWordAdvice(
  column: ForeignMeaning["column"],
  field: string,
  shown: string,
): string | null {
  const found = foreignWord(column, shown);
  if (!found) return null;
  const [english = "", chinese = ""] = ENGLISH_AND_CHINESE[column][found.meaning.value] ?? [];
  return (
    `${field} ${quote(shown)} looks like ${found.language} for ${english}; the register takes its words in ` +
    `English or Chinese, so type ${english} (or ${chinese})`
  );
}

/**
 * The name a message uses for a column.
 *
 * @example fieldName("recommendationNumber") // "Recommendation no."
 */
export function fieldName(column: ColumnId): string {
  return columnName(column);
}

/**
 * The one message for a formula error left in a cell, whichever column it is in.
 *
 * @example formulaErrorMessage("Acceptance", "#N/A") // "Acceptance: the cell shows #N/A; fix the formula or type the value"
 */
export function formulaErrorMessage(field: string, code: string): string {
  return `${field}: the cell shows ${code}; fix the formula or type the value`;
}
