import type { GridSheet } from "../grid";
import { allWords, type VocabularyColumnId } from "../languages";
import { cellText } from "../parse/cell";
import { matchVocabularyHeader, VOCABULARY_REQUIRED } from "../parse/headers";
import { findOnSheet, type TableSpec } from "../parse/locate";
import { foldText } from "../parse/normalize";
import { dataRows } from "../parse/side-tables";
import { parseMeans } from "./means";
import { BUILT_IN_VOCABULARY, createVocabulary, type Vocabulary, type VocabularyEntry } from "./vocabulary";

const VOCABULARY: TableSpec<VocabularyColumnId> = {
  match: matchVocabularyHeader,
  required: VOCABULARY_REQUIRED,
};

const SHEET_NAMES = new Set(allWords((language) => language.headers.vocabularySheet).map(sheetKey));

function sheetKey(name: string): string {
  return foldText(name).toLowerCase();
}

/**
 * The register's vocabulary: the built-in words, and the organization's own words from the first sheet
 * named "Vocabulary" (or "词汇", in any register language, ignoring case and spacing) whose header, within
 * its first rows, names a "Word" (词语) and a "Means" (含义) column. Without such a sheet, the built-in words.
 *
 * @example readVocabulary(workbook.sheets).addressee("Coordination Committee") // { addressee: "legislative", named: true }
 */
export function readVocabulary(sheets: readonly GridSheet[]): Vocabulary {
  for (const sheet of sheets) {
    if (!SHEET_NAMES.has(sheetKey(sheet.name))) continue;
    const { found } = findOnSheet(sheet, VOCABULARY);
    if (!found) continue;
    const entries: VocabularyEntry[] = dataRows(found).map(({ row, cells }) => {
      const word = cellText(cells.word);
      const means = cellText(cells.means);
      return { row, word, means, meaning: parseMeans(means) };
    });
    return createVocabulary(entries, sheet.name, found.columns);
  }
  return BUILT_IN_VOCABULARY;
}

/**
 * Whether a sheet is named like a Vocabulary sheet (so that it is never taken for the register).
 *
 * @example isVocabularySheetName("词汇") // true
 */
export function isVocabularySheetName(name: string): boolean {
  return SHEET_NAMES.has(sheetKey(name));
}
