import type { CellValue } from "../grid";
import { allWords, mergeAliases } from "../languages";
import type { Acceptance, Addressee, Implementation } from "../model";
import type { StatusWord } from "../vocabulary/meaning";
import { BUILT_IN_VOCABULARY, type Vocabulary } from "../vocabulary/vocabulary";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize, readWord } from "./cell";
import { aliasLookup, looseKey } from "./normalize";

/**
 * Acceptance words of every register language (each language's canonical word first), matched ignoring
 * case, spacing and punctuation. Phrases that state an acceptance too ("Partially implemented") are in the
 * language tables' status phrases.
 */
export const ACCEPTANCE_WORDS: Readonly<Record<Acceptance, readonly string[]>> = mergeAliases(
  (language) => language.words.acceptance,
);

export const IMPLEMENTATION_WORDS: Readonly<Record<Implementation, readonly string[]>> = mergeAliases(
  (language) => language.words.implementation,
);

/** Implementation words that mean "no implementation status": read as blank. */
export const NOT_APPLICABLE_WORDS: readonly string[] = allWords((language) => language.words.notApplicable);

/** Addressee words: the generic ones, then the names of particular bodies and officials. */
export const ADDRESSEE_WORDS: Readonly<Record<Addressee, readonly string[]>> = mergeAliases((language) => ({
  legislative: [...language.words.addressee.legislative, ...language.words.namedAddressee.legislative],
  executiveHead: [...language.words.addressee.executiveHead, ...language.words.namedAddressee.executiveHead],
}));

/** Marks with no letters, compared as typed. */
const YES_MARKS = new Set(["✓", "✔", "☑"]);
const DASHES = new Set(["-", "–", "—"]);

const yesNoLookup = aliasLookup<"yes" | "no">({
  yes: allWords((language) => language.words.yes),
  no: allWords((language) => language.words.no),
});

/**
 * Reads an acceptance word (or a phrase that states one) in any register language; null when unknown.
 *
 * @example parseAcceptance(" 未予接受 ") // "notAccepted"
 * @example parseAcceptance("Partially implemented") // "accepted"
 */
export function parseAcceptance(
  text: string,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): Acceptance | null {
  return vocabulary.status(text)?.acceptance ?? null;
}

/**
 * Reads an implementation word (or a phrase that states one); null when unknown. "Not applicable" is not
 * a status: use {@link readImplementation}, which reads it as blank.
 *
 * @example parseImplementation("In progress") // "inProgress"
 */
export function parseImplementation(
  text: string,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): Implementation | null {
  return vocabulary.status(text)?.implementation ?? null;
}

/**
 * Reads an addressee in any register language, with the names of bodies and officials ("Director General").
 *
 * @example parseAddressee("Governing body") // "legislative"
 */
export function parseAddressee(text: string, vocabulary: Vocabulary = BUILT_IN_VOCABULARY): Addressee | null {
  return vocabulary.addressee(text)?.addressee ?? null;
}

/**
 * Reads a yes/no word: Yes/No, TRUE/FALSE, 是/否, x. Blank text is no; null when unknown.
 *
 * @example parseYesNo("是") // true
 */
export const parseYesNo = memoize((text: string): boolean | null => {
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (YES_MARKS.has(trimmed)) return true;
  const word = yesNoLookup.get(looseKey(text));
  return word === undefined ? null : word === "yes";
});

/**
 * The status word a cell holds: null for a blank, a formula error or a word the vocabulary does not know.
 * A dash or "Not applicable" states nothing (`notApplicable`).
 *
 * @example statusWordValue("Partially implemented") // { acceptance: "accepted", implementation: "inProgress" }
 */
export function statusWordValue(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): StatusWord | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  const shown = cellText(cell);
  if (DASHES.has(shown)) return NOT_APPLICABLE;
  return vocabulary.status(shown);
}

const NOT_APPLICABLE: StatusWord = { acceptance: null, implementation: null, notApplicable: true };

/**
 * Reads a status cell as the status word it holds: a value, blank, an unknown word or a formula error.
 *
 * @example readStatusWord("Closed") // { kind: "value", value: { acceptance: "closed", implementation: null } }
 */
export function readStatusWord(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): CellReading<StatusWord> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = cellText(cell);
  const value = statusWordValue(cell, vocabulary);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}

/**
 * Reads an acceptance cell: a value, blank, an unknown word ("invalid") or a formula error.
 *
 * @example readAcceptance("Acepted") // { kind: "invalid", shown: "Acepted" }
 */
export function readAcceptance(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): CellReading<Acceptance> {
  return readWord(cell, (text) => parseAcceptance(text, vocabulary));
}

/**
 * Reads an addressee cell.
 *
 * @example readAddressee("立法机构") // { kind: "value", value: "legislative" }
 */
export function readAddressee(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): CellReading<Addressee> {
  return readWord(cell, (text) => parseAddressee(text, vocabulary));
}

/**
 * Reads an implementation cell. Blank, "Not applicable" and its variants all read as blank.
 *
 * @example readImplementation("不适用") // { kind: "blank" }
 */
export function readImplementation(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): CellReading<Implementation> {
  const reading = readStatusWord(cell, vocabulary);
  if (reading.kind !== "value") return reading;
  if (reading.value.notApplicable) return BLANK;
  const value = reading.value.implementation;
  return value === null ? { kind: "invalid", shown: cellText(cell) } : { kind: "value", value };
}

/**
 * What `readImplementation` reads, as a bare value: null for blank, "not applicable", a formula error or
 * an unknown word.
 *
 * @example implementationValue("不适用") // null
 */
export function implementationValue(
  cell: CellValue | undefined,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): Implementation | null {
  return statusWordValue(cell, vocabulary)?.implementation ?? null;
}

/**
 * Reads a yes/no cell: booleans as they are, words through {@link parseYesNo}, blank as no.
 *
 * @example readYesNo("x") // { kind: "value", value: true }
 */
export function readYesNo(cell: CellValue | undefined): CellReading<boolean> {
  if (isBlankCell(cell)) return { kind: "value", value: false };
  if (typeof cell === "boolean") return { kind: "value", value: cell };
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = cellText(cell);
  const value = parseYesNo(shown);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}

/**
 * What `readYesNo` reads, as a bare value: blank is no; null for a formula error or an unknown word.
 *
 * @example yesNoValue("x") // true
 */
export function yesNoValue(cell: CellValue | undefined): boolean | null {
  if (isBlankCell(cell)) return false;
  if (typeof cell === "boolean") return cell;
  if (isErrorCell(cell)) return null;
  return parseYesNo(cellText(cell));
}
