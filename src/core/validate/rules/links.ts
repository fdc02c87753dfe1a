import { readLink, isHttpUrl } from "../../parse/links";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage, quote } from "../messages";

const LINK_COLUMNS: readonly ColumnId[] = ["reportLink", "cebComments", "otherDocuments"];

/** E11: a report link, CEB comments link or other-documents link present but not an absolute http(s) URL. */
export const linkRule: Rule = ({ register, report }) => {
  const columns = LINK_COLUMNS.filter((id) => register.columns[id]);
  for (const { recommendation, cells } of register.rows) {
    for (const column of columns) {
      const cell = cells[column];
      const reading = readLink(cell);
      if (reading.kind === "blank" || (reading.kind === "value" && isHttpUrl(reading.value))) continue;
      const field = fieldName(column);
      const isHyperlink = typeof cell === "object" && cell !== null && cell.kind === "link";
      const message =
        reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : reading.kind === "invalid"
            ? `${field} ${quote(reading.shown)} is not a web address; use the full address starting with https://`
            : isHyperlink
              ? `${field} links to ${quote(reading.value)}, not a web address; link it to the full address starting with https://`
              : `${field} ${quote(reading.value)} is not a full web address; use the full address starting with https://` +
                suggestion(reading.value);
      report(recommendation.row, column, "E11-link", message);
    }
  }
};

/** "www.unjiu.org/..." is a web address without its scheme: suggest the fix. */
function suggestion(text: string): string {
  return /^www\.[^\s]+$/i.test(text) ? ` (https://${text})` : "";
}
