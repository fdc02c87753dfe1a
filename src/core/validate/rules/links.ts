import { readLink, isHttpUrl } from "../../parse/links";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";

const LINK_COLUMNS: readonly ColumnId[] = ["reportLink", "cebComments", "otherDocuments"];

/** E11: a report link, CEB comments link or other-documents link present but not an absolute http(s) URL. */
export const linkRule: Rule = ({ register, report }) => {
  const columns = LINK_COLUMNS.filter((id) => register.columns[id]);
  for (const { recommendation, cells } of register.rows) {
    for (const column of columns) {
      const cell = cells[column];
      const reading = readLink(cell);
      if (reading.kind === "blank" || (reading.kind === "value" && isHttpUrl(reading.value))) continue;
      const isHyperlink = typeof cell === "object" && cell !== null && cell.kind === "link";
      // readLink takes any text as a value, so "invalid" does not occur; it would be text that is no address.
      const text = reading.kind === "value" ? reading.value : reading.kind === "invalid" ? reading.shown : "";
      const message =
        reading.kind === "formulaError"
          ? formulaErrorMessage(column, reading.code)
          : isHyperlink
            ? findingMessageOf("link.linksElsewhere", { field: column, value: quotable(text) })
            : notFullAddress(column, text);
      report(recommendation.row, column, "E11-link", message);
    }
  }
};

/** "www.unjiu.org/..." is a web address without its scheme: suggest the fix. */
function notFullAddress(field: ColumnId, text: string): FindingMessage {
  const value = quotable(text);
  return /^www\.[^\s]+$/i.test(text)
    ? findingMessageOf("link.notFullWithSuggestion", { field, value, suggestion: `https://${text}` })
    : findingMessageOf("link.notFull", { field, value });
}
