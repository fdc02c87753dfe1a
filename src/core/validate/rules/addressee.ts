import { readAddressee } from "../../parse/status-words";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage, unknownWordMessage } from "../messages";
import { vocabularyOf } from "../vocabulary-of";

/** E04: addressee missing or unknown (neither a built-in word nor one of the Vocabulary sheet). */
export const addresseeRule: Rule = ({ register, report }) => {
  const field = "addressee";
  const vocabulary = vocabularyOf(register);
  for (const { recommendation, cells } of register.rows) {
    const reading = readAddressee(cells.addressee, vocabulary);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? findingMessageOf("missingChoice", { field, choices: "addressee" })
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : unknownWordMessage(field, reading.shown, "addressee", false);
    report(recommendation.row, "addressee", "E04-addressee", message);
  }
};
