import { readReportSymbol } from "../../parse/report-symbol";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";

const TWO_DIGIT_RECENT = /^JIU\/(REP|NOTE|ML)\/(\d{2})\/(\d+)$/i;

/** E01: report symbol missing or malformed. */
export const reportSymbolRule: Rule = ({ register, report }) => {
  const field = "reportSymbol";
  for (const { recommendation, cells } of register.rows) {
    const reading = readReportSymbol(cells.reportSymbol);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? findingMessageOf("reportSymbol.missing", { field })
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : notASymbol(reading.shown);
    report(recommendation.row, "reportSymbol", "E01-report-symbol", message);
  }
};

/** JIU/REP/21/6 is almost certainly JIU/REP/2021/6: say so. */
function notASymbol(shown: string): FindingMessage {
  const value = quotable(shown);
  const match = TWO_DIGIT_RECENT.exec(shown.replace(/\s+/g, ""));
  if (!match) return findingMessageOf("reportSymbol.invalid", { field: "reportSymbol", value });
  const suggestion = `JIU/${(match[1] ?? "").toUpperCase()}/20${match[2] ?? ""}/${match[3] ?? ""}`;
  return findingMessageOf("reportSymbol.invalidDidYouMean", { field: "reportSymbol", value, suggestion });
}
