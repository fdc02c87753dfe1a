import type { CellValue } from "../grid";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize } from "./cell";

/**
 * Reads a link column: a hyperlinked cell gives its address, a plain cell its text. Whether the result is
 * an absolute http(s) URL is validation's question (rule E11), so any text is a value here.
 *
 * @example readLink({ kind: "link", text: "Report", address: "https://www.unjiu.org/" }) // value "https://www.unjiu.org/"
 */
export function readLink(cell: CellValue | undefined): CellReading<string> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  if (typeof cell === "object" && cell !== null && cell.kind === "link") {
    const address = cell.address.trim();
    return address === "" ? readLinkText(cell.text) : { kind: "value", value: address };
  }
  return { kind: "value", value: cellText(cell) };
}

/**
 * What `readLink` reads, as a bare value: the address (or the text of a cell that has none), or null for
 * a blank or a formula error.
 *
 * @example linkValue({ kind: "link", text: "Report", address: " " }) // "Report"
 */
export function linkValue(cell: CellValue | undefined): string | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  if (typeof cell === "object" && cell !== null && cell.kind === "link") {
    const address = cell.address.trim();
    if (address !== "") return address;
    const trimmed = cell.text.trim();
    return trimmed === "" ? null : trimmed;
  }
  return cellText(cell);
}

function readLinkText(text: string): CellReading<string> {
  const trimmed = text.trim();
  return trimmed === "" ? BLANK : { kind: "value", value: trimmed };
}

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

/**
 * True for an absolute http or https URL with a host.
 *
 * @example isHttpUrl("https://www.unjiu.org/content/reports") // true
 * @example isHttpUrl("www.unjiu.org") // false
 */
export const isHttpUrl = memoize((text: string): boolean => {
  if (!HTTP_URL.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
});
