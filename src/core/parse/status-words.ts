import type { CellValue } from "../grid";
import type { Acceptance, Addressee, Implementation } from "../model";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize, readWord } from "./cell";
import { aliasLookup, looseKey } from "./normalize";

/** Accepted spellings, matched ignoring case, spacing and punctuation. The first is the canonical word. */
export const ACCEPTANCE_WORDS: Readonly<Record<Acceptance, readonly string[]>> = {
  accepted: ["Accepted", "已接受", "接受", "Accept"],
  notAccepted: ["Not accepted", "未接受", "未予接受", "不接受", "Rejected", "Not accept"],
  underConsideration: ["Under consideration", "正在审议", "审议中", "Being considered"],
  notRelevant: ["Not relevant", "不相关", "Irrelevant", "Not relevant to the organization"],
};

export const IMPLEMENTATION_WORDS: Readonly<Record<Implementation, readonly string[]>> = {
  implemented: ["Implemented", "已落实", "Fully implemented", "Completed", "Complete"],
  inProgress: [
    "In progress",
    "正在落实",
    "落实中",
    "Ongoing",
    "Partially implemented",
    "Under implementation",
  ],
  notStarted: ["Not started", "尚未启动", "未启动", "Not yet started", "Not yet initiated"],
};

/** Implementation words that mean "no implementation status": read as blank. */
export const NOT_APPLICABLE_WORDS: readonly string[] = ["Not applicable", "不适用", "N/A", "NA"];

export const ADDRESSEE_WORDS: Readonly<Record<Addressee, readonly string[]>> = {
  legislative: [
    "Legislative body",
    "立法机构",
    "Legislative bodies",
    "Legislative organ",
    "Legislative organs",
    "Legislative",
    "Governing body",
    "Governing bodies",
    "Legislative/governing body",
    "Legislative and governing bodies",
    "Member States",
    "LB",
    "立法机关",
    "理事机构",
    "立法/理事机构",
    "成员国",
  ],
  executiveHead: [
    "Executive head",
    "行政首长",
    "Executive heads",
    "Executive",
    "Director General",
    "Director-General",
    "DG",
    "Secretary-General",
    "Secretary General",
    "SG",
    "Executive Director",
    "EH",
    "总干事",
    "秘书长",
  ],
};

const YES_WORDS = ["Yes", "Y", "TRUE", "x", "是", "1"];
/** Marks with no letters, compared as typed. */
const YES_MARKS = new Set(["✓", "✔", "☑"]);
const DASHES = new Set(["-", "–", "—"]);
const NO_WORDS = ["No", "N", "FALSE", "否", "0"];

const acceptanceLookup = aliasLookup<Acceptance>(ACCEPTANCE_WORDS);
const implementationLookup = aliasLookup<Implementation>(IMPLEMENTATION_WORDS);
const addresseeLookup = aliasLookup<Addressee>(ADDRESSEE_WORDS);
const notApplicableKeys = new Set(NOT_APPLICABLE_WORDS.map(looseKey));
const yesNoLookup = aliasLookup<"yes" | "no">({ yes: YES_WORDS, no: NO_WORDS });

/**
 * Reads an acceptance word in English or Chinese; null when unknown.
 *
 * @example parseAcceptance(" 未予接受 ") // "notAccepted"
 */
export const parseAcceptance = memoize(
  (text: string): Acceptance | null => acceptanceLookup.get(looseKey(text)) ?? null,
);

/**
 * Reads an implementation word in English or Chinese; null when unknown. "Not applicable" is not a status:
 * use {@link readImplementation}, which reads it as blank.
 *
 * @example parseImplementation("In progress") // "inProgress"
 */
export const parseImplementation = memoize(
  (text: string): Implementation | null => implementationLookup.get(looseKey(text)) ?? null,
);

/**
 * Reads an addressee in English or Chinese, with common variants (governing body, Director General...).
 *
 * @example parseAddressee("Governing body") // "legislative"
 */
export const parseAddressee = memoize(
  (text: string): Addressee | null => addresseeLookup.get(looseKey(text)) ?? null,
);

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

/** A dash or "Not applicable": no implementation status. Memoized, as registers repeat these words. */
const isNotApplicable = memoize(
  (shown: string): boolean => DASHES.has(shown) || notApplicableKeys.has(looseKey(shown)),
);

/**
 * Reads an acceptance cell: a value, blank, an unknown word ("invalid") or a formula error.
 *
 * @example readAcceptance("Acepted") // { kind: "invalid", shown: "Acepted" }
 */
export function readAcceptance(cell: CellValue | undefined): CellReading<Acceptance> {
  return readWord(cell, parseAcceptance);
}

/**
 * Reads an addressee cell.
 *
 * @example readAddressee("立法机构") // { kind: "value", value: "legislative" }
 */
export function readAddressee(cell: CellValue | undefined): CellReading<Addressee> {
  return readWord(cell, parseAddressee);
}

/**
 * Reads an implementation cell. Blank, "Not applicable" and its variants all read as blank.
 *
 * @example readImplementation("不适用") // { kind: "blank" }
 */
export function readImplementation(cell: CellValue | undefined): CellReading<Implementation> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = cellText(cell);
  if (isNotApplicable(shown)) return BLANK;
  const value = parseImplementation(shown);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}

/**
 * What `readImplementation` reads, as a bare value: null for blank, "not applicable", a formula error or
 * an unknown word.
 *
 * @example implementationValue("不适用") // null
 */
export function implementationValue(cell: CellValue | undefined): Implementation | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  const shown = cellText(cell);
  return isNotApplicable(shown) ? null : parseImplementation(shown);
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
