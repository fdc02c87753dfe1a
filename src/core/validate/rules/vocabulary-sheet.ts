import { looseKey } from "../../parse/normalize";
import { sameMeaning, type WordMeaning } from "../../vocabulary/meaning";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
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
  const { word: wordColumn, means: meansColumn } = vocabulary.columns;
  const seen = new Map<string, { row: number; meaning: WordMeaning }>();
  for (const { row, word, means, meaning } of vocabulary.entries) {
    if (word === "") {
      reportOn(
        sheet,
        row,
        wordColumn,
        "W12-vocabulary",
        findingMessageOf("vocabulary.wordMissing", {
          field: "vocabulary.word",
          value: quotable(means),
        }),
      );
      continue;
    }
    if (means === "") {
      reportOn(
        sheet,
        row,
        meansColumn,
        "W12-vocabulary",
        findingMessageOf("vocabulary.meansMissing", {
          field: "vocabulary.means",
          value: quotable(word),
        }),
      );
      continue;
    }
    if (meaning === null) {
      reportOn(
        sheet,
        row,
        meansColumn,
        "W12-vocabulary",
        findingMessageOf("vocabulary.meansUnknown", {
          field: "vocabulary.means",
          value: quotable(means),
        }),
      );
      continue;
    }
    const key = `${meaning.kind}:${looseKey(word)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, { row, meaning });
    else if (!sameMeaning(earlier.meaning, meaning)) {
      reportOn(
        sheet,
        row,
        wordColumn,
        "W12-vocabulary",
        findingMessageOf("vocabulary.wordTwice", {
          value: quotable(word),
          firstRow: earlier.row,
        }),
      );
    }
  }
};
