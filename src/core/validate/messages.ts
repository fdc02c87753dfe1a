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

/**
 * The one message for a formula error left in a cell, whichever column it is in.
 *
 * @example formulaErrorMessage("acceptance", "#N/A") // { id: "formulaError", params: { field: "acceptance", code: "#N/A" } }
 */
export function formulaErrorMessage(field: FindingField, code: string): FindingMessage {
  return findingMessageOf("formulaError", { field, code });
}

/**
 * The message for a word a column does not know: the words to type, and how to add the organization's own
 * word to its Vocabulary sheet. `orBlank`: the column may also be left blank.
 *
 * @example unknownWordMessage("acceptance", "Acepted", "acceptance", false) // { id: "unknownStatus", params: { field: "acceptance", value: "Acepted", choices: "acceptance" } }
 */
export function unknownWordMessage(
  field: FindingField,
  shown: string,
  choices: Exclude<ChoiceSet, "yesNo">,
  orBlank: boolean,
): FindingMessage {
  const id = choices === "addressee" ? "unknownWord" : orBlank ? "unknownStatusOrBlank" : "unknownStatus";
  return findingMessageOf(id, { field, value: quotable(shown), choices });
}
