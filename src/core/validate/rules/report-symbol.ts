import { readReportSymbol } from "../../parse/report-symbol";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage, quote } from "../messages";

const TWO_DIGIT_RECENT = /^JIU\/(REP|NOTE|ML)\/(\d{2})\/(\d+)$/i;
const FORMAT =
  "use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3)";

/** E01: report symbol missing or malformed. */
export const reportSymbolRule: Rule = ({ register, report }) => {
  const field = fieldName("reportSymbol");
  for (const { recommendation, cells } of register.rows) {
    const reading = readReportSymbol(cells.reportSymbol);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? `${field} is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6`
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : `${field} ${quote(reading.shown)} is not a JIU symbol; ${FORMAT}${hint(reading.shown)}`;
    report(recommendation.row, "reportSymbol", "E01-report-symbol", message);
  }
};

/** JIU/REP/21/6 is almost certainly JIU/REP/2021/6: say so. */
function hint(shown: string): string {
  const match = TWO_DIGIT_RECENT.exec(shown.replace(/\s+/g, ""));
  if (!match) return "";
  return ` (did you mean JIU/${(match[1] ?? "").toUpperCase()}/20${match[2] ?? ""}/${match[3] ?? ""}?)`;
}
