import { foreignWord, type ForeignMeaning } from "../parse/foreign-words";
import { ACCEPTANCE_WORDS, ADDRESSEE_WORDS, IMPLEMENTATION_WORDS } from "../parse/status-words";
import { findingMessageOf, type ChoiceSet, type FindingField, type FindingMessage } from "./message-params";

const MAX_QUOTED = 80;
// Zero-width joiners and non-joiners stay: they shape emoji and Persian or Arabic text.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * A register value as a message shows it: one line, invisible characters dropped, shortened when long so
 * that a message stays one readable line. A long value is cut between characters, never inside an emoji or
 * other character outside the Basic Multilingual Plane (half of one would show as a replacement box).
 * Message templates put the quotes around it ('...' in English, “...” in Chinese).
 *
 * @example quotable("Accepted\nwith remarks") // "Accepted with remarks"
 */
export function quotable(text: string): string {
  const oneLine = text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (oneLine.length <= MAX_QUOTED) return oneLine;
  const characters = Array.from(oneLine);
  if (characters.length <= MAX_QUOTED) return oneLine;
  return `${characters.slice(0, MAX_QUOTED - 1).join("")}…`;
}

/**
 * A value quoted the way English messages quote it.
 *
 * @example quote("Acepted") // "'Acepted'"
 */
export function quote(text: string): string {
  return `'${quotable(text)}'`;
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
 * @example foreignWordAdvice("acceptance", "acceptance", "Aceptada")
 * // { id: "foreignWord", params: { field: "acceptance", value: "Aceptada", language: "Spanish", english: "Accepted", chinese: "已接受" } }
 */
export function foreignWordAdvice(
  column: ForeignMeaning["column"],
  field: FindingField,
  shown: string,
): FindingMessage | null {
  const found = foreignWord(column, shown);
  if (!found) return null;
  const [english = "", chinese = ""] = ENGLISH_AND_CHINESE[column][found.meaning.value] ?? [];
  return findingMessageOf("foreignWord", {
    field,
    value: quotable(shown),
    language: found.language,
    english,
    chinese,
  });
}

/**
 * The one message for a formula error left in a cell, whichever column it is in.
 *
 * @example formulaErrorMessage("acceptance", "#N/A") // { id: "formulaError", params: { field: "acceptance", code: "#N/A" } }
 */
export function formulaErrorMessage(field: FindingField, code: string): FindingMessage {
  return findingMessageOf("formulaError", { field, code });
}

/**
 * The message for a word a column does not know: which English word to type when it is French, Spanish,
 * Russian or Arabic; else the words to type, and how to add the organization's own word to its Vocabulary
 * sheet. `orBlank`: the column may also be left blank.
 *
 * @example unknownWordMessage("acceptance", "Acepted", "acceptance", false) // { id: "unknownStatus", params: { field: "acceptance", value: "Acepted", choices: "acceptance" } }
 */
export function unknownWordMessage(
  field: FindingField,
  shown: string,
  choices: Exclude<ChoiceSet, "yesNo">,
  orBlank: boolean,
): FindingMessage {
  const foreign =
    choices === "addressee"
      ? foreignWordAdvice("addressee", field, shown)
      : choices === "status"
        ? (foreignWordAdvice("implementation", field, shown) ?? foreignWordAdvice("acceptance", field, shown))
        : foreignWordAdvice(choices, field, shown);
  if (foreign) return foreign;
  const id = choices === "addressee" ? "unknownWord" : orBlank ? "unknownStatusOrBlank" : "unknownStatus";
  return findingMessageOf(id, { field, value: quotable(shown), choices });
}
