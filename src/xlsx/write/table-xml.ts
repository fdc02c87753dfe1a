import type { LayoutTable, LayoutValidation, SheetLayout } from "../../layout/model";
import { rangeAddress } from "./cell-ref";
import { NAMESPACES } from "./package-parts";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";

export const TABLE_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
export const TABLE_RELATIONSHIP_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/**
 * A table part (`xl/tables/tableN.xml`): its id (unique in the workbook), name, range, one column per
 * header cell (the header texts, which the layout keeps unique), and its style with banded rows.
 *
 * @example tableXml(table, ["Word", "Means"], 1) // '<table ... id="1" name="JIU_Vocabulary" ref="A1:B2" ...'
 */
export function tableXml(table: LayoutTable, headers: readonly string[], id: number): string {
  const ref = rangeAddress(table.range);
  const columns = headers
    .map((header, i) => `<tableColumn id="${i + 1}" name="${escapeXmlAttribute(header)}"/>`)
    .join("");
  const name = escapeXmlAttribute(table.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${NAMESPACES.spreadsheetMain}" id="${id}" name="${name}" displayName="${name}" ` +
    `ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXmlAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The header texts of a table: its first row's values, as text. */
export function tableHeaders(layout: SheetLayout, table: LayoutTable): string[] {
  const row = layout.values[table.range.row] ?? [];
  return Array.from({ length: table.range.columnCount }, (_, i) => {
    const value = row[table.range.column + i];
    return value === null || value === undefined ? `Column${i + 1}` : String(value);
  });
}

/** The worksheet's `<tableParts>`, after `<drawing>`: one per relationship id. */
export function tablePartsXml(relationshipIds: readonly string[]): string {
  if (relationshipIds.length === 0) return "";
  const parts = relationshipIds.map((id) => `<tablePart r:id="${id}"/>`).join("");
  return `<tableParts count="${relationshipIds.length}">${parts}</tableParts>`;
}

/**
 * The worksheet's `<dataValidations>` (between merges and hyperlinks): a list typed into the rule
 * ("Accepted,Not accepted"), or a date after 1 January 1900; blanks allowed; the alert as the layout says.
 */
export function dataValidationsXml(validations: readonly LayoutValidation[]): string {
  if (validations.length === 0) return "";
  const elements = validations.map(validationXml).join("");
  return `<dataValidations count="${validations.length}">${elements}</dataValidations>`;
}

function validationXml(validation: LayoutValidation): string {
  const { rule } = validation;
  const kind = rule.kind === "list" ? `type="list"` : `type="date" operator="greaterThan"`;
  const formula = rule.kind === "list" ? `"${rule.words.join(",")}"` : "1";
  const attributes = [
    kind,
    validation.alert === "warning" ? `errorStyle="warning"` : "",
    `allowBlank="1" showErrorMessage="1"`,
    `errorTitle="${escapeXmlAttribute(validation.title.slice(0, 32))}"`,
    `error="${escapeXmlAttribute(validation.message.slice(0, 255))}"`,
    `sqref="${rangeAddress(validation.range)}"`,
  ].filter((part) => part !== "");
  return `<dataValidation ${attributes.join(" ")}><formula1>${escapeXmlText(formula)}</formula1></dataValidation>`;
}
