import type { CellValue } from "../grid";
import type { RequestKind } from "../model";
import { type CellReading, memoize, readWord } from "./cell";
import { aliasLookup, looseKey } from "./normalize";

export const REQUEST_KIND_WORDS: Readonly<Record<RequestKind, readonly string[]>> = {
  questionnaire: ["Questionnaire", "问卷", "调查问卷", "问卷调查"],
  interview: ["Interview", "访谈", "Interviews", "面谈"],
  survey: ["Survey", "调查", "Surveys"],
  draftComments: [
    "Comments on draft",
    "报告草稿评论",
    "Comments on draft report",
    "Comments on the draft report",
    "Draft comments",
    "Draft report comments",
    "Draft report",
    "对报告草稿的评论",
    "草稿评论",
  ],
};

const lookup = aliasLookup<RequestKind>(REQUEST_KIND_WORDS);

/**
 * Reads the kind of a JIU request in English or Chinese.
 *
 * @example parseRequestKind("问卷") // "questionnaire"
 */
export const parseRequestKind = memoize(
  (text: string): RequestKind | null => lookup.get(looseKey(text)) ?? null,
);

/**
 * Reads the Request cell of the Requests sheet.
 *
 * @example readRequestKind("Comments on draft report") // { kind: "value", value: "draftComments" }
 */
export function readRequestKind(cell: CellValue | undefined): CellReading<RequestKind> {
  return readWord(cell, parseRequestKind);
}
