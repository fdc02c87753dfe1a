import { readAddressee } from "../../parse/status-words";
import type { Rule } from "../context";
import { ADDRESSEE_CHOICES, fieldName, foreignWordAdvice, formulaErrorMessage, quote } from "../messages";

/** E04: addressee missing or unknown. */
export const addresseeRule: Rule = ({ register, report }) => {
  const field = fieldName("addressee");
  for (const { recommendation, cells } of register.rows) {
    const reading = readAddressee(cells.addressee);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? `${field} is missing; ${ADDRESSEE_CHOICES}`
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : (foreignWordAdvice("addressee", field, reading.shown) ??
            `${field} ${quote(reading.shown)} is not known; ${ADDRESSEE_CHOICES}`);
    report(recommendation.row, "addressee", "E04-addressee", message);
  }
};
