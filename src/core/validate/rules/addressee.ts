import { readAddressee } from "../../parse/status-words";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { foreignWordAdvice, formulaErrorMessage, quotable } from "../messages";

/** E04: addressee missing or unknown. */
export const addresseeRule: Rule = ({ register, report }) => {
  const field = "addressee";
  for (const { recommendation, cells } of register.rows) {
    const reading = readAddressee(cells.addressee);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? findingMessageOf("missingChoice", { field, choices: "addressee" })
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : (foreignWordAdvice("addressee", field, reading.shown) ??
            findingMessageOf("unknownWord", { field, value: quotable(reading.shown), choices: "addressee" }));
    report(recommendation.row, "addressee", "E04-addressee", message);
  }
};
