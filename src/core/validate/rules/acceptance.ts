import { readAcceptance } from "../../parse/status-words";
import type { Rule } from "../context";
import { ACCEPTANCE_CHOICES, fieldName, foreignWordAdvice, formulaErrorMessage, quote } from "../messages";

/** E05: acceptance missing or unknown. */
export const acceptanceRule: Rule = ({ register, report }) => {
  const field = fieldName("acceptance");
  for (const { recommendation, cells } of register.rows) {
    const reading = readAcceptance(cells.acceptance);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? `${field} is missing; ${ACCEPTANCE_CHOICES}`
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : (foreignWordAdvice("acceptance", field, reading.shown) ??
            `${field} ${quote(reading.shown)} is not a known status; ${ACCEPTANCE_CHOICES}`);
    report(recommendation.row, "acceptance", "E05-acceptance", message);
  }
};
