import { looseKey } from "../../parse/normalize";
import { sameMeaning, type WordMeaning } from "../../vocabulary/meaning";
import type { VocabularyColumnId } from "../../languages";
import type { VocabularyEntry } from "../../vocabulary/vocabulary";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { quotable } from "../messages";
import { vocabularyOf } from "../vocabulary-of";

/**
 * W12: rows of the Vocabulary sheet that teach nothing: a blank word or meaning, a meaning that names no
 * canonical value, or a word given a second, different meaning (the first counts). Warnings: a register row
 * that uses such a word is an error of its own (E04-E06).
 */
export const vocabularySheetRule: Rule = ({ register, reportOn }) => {
  const vocabulary = vocabularyOf(register);
  const sheet = vocabulary.sheet;
  if (sheet === null) return;
  const seen = new Map<string, { row: number; meaning: WordMeaning }>();
  for (const entry of vocabulary.entries) {
    const problem = entryProblem(entry, seen);
    if (!problem) continue;
    reportOn(sheet, entry.row, vocabulary.columns[problem.column], "W12-vocabulary", problem.message);
  }
};

/** What is wrong with one row, and in which column; null for a row that teaches its word. */
function entryProblem(
  { row, word, means, meaning }: VocabularyEntry,
  seen: Map<string, { row: number; meaning: WordMeaning }>,
): { column: VocabularyColumnId; message: FindingMessage } | null {
  if (word === "") {
    const message = findingMessageOf("vocabulary.wordMissing", {
      field: "vocabulary.word",
      value: quotable(means),
    });
    return { column: "word", message };
  }
  if (means === "") {
    const message = findingMessageOf("vocabulary.meansMissing", {
      field: "vocabulary.means",
      value: quotable(word),
    });
    return { column: "means", message };
  }
  if (meaning === null) {
    const message = findingMessageOf("vocabulary.meansUnknown", {
      field: "vocabulary.means",
      value: quotable(means),
    });
    return { column: "means", message };
  }
  const key = `${meaning.kind}:${looseKey(word)}`;
  const earlier = seen.get(key);
  if (earlier === undefined) {
    seen.set(key, { row, meaning });
    return null;
  }
  if (sameMeaning(earlier.meaning, meaning)) return null;
  const message = findingMessageOf("vocabulary.wordTwice", { value: quotable(word), firstRow: earlier.row });
  return { column: "word", message };
}
