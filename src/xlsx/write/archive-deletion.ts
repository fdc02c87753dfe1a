import { parseXmlTree, type XmlElement } from "../xml/tree";
import { attributeOf } from "../xml/xml-part";
import { applySplices, type Splice } from "./cell-edits";
import type { PackageEdit } from "./package-edit";
import { RowDeletion, shiftFormula, UnsafeFormulaError } from "./row-shift";
import {
  deleteWorksheetRows,
  shiftedList,
  shiftWorksheetFormulas,
  startTagSplice,
} from "./sheet-row-deletion";
import { TABLE_CONTENT_TYPE } from "./table-xml";
import { escapeXmlText } from "./xml-text";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const PIVOT_CACHE_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml";

/**
 * Deletes the archived rows from the register's sheet in an .xlsx package, as Excel's "Delete sheet rows"
 * does: the register's part (see sheet-row-deletion.ts), then whatever refers to its rows elsewhere:
 * formulas, conditional formats and validations of every sheet, its tables' ranges and formulas, defined
 * names (print areas and titles among them), charts' series. The calculation chain is dropped (Excel
 * rebuilds it) and Excel is asked to recalculate on opening, as the values saved with the formulas are stale. Throws UnsafeFormulaError, before anything is written, for what it cannot adjust.
 *
 * @example await deleteRegisterRows(edit, "xl/worksheets/sheet1.xml", "Register", registerXml, [7, 9])
 */
export async function deleteRegisterRows(
  edit: PackageEdit,
  registerPath: string,
  sheet: string,
  registerXml: string,
  rows: readonly number[],
): Promise<string> {
  const deletion = new RowDeletion(rows);
  const writes = new Map<string, string>();
  const register = deleteWorksheetRows(registerXml, deletion, sheet);
  for (const other of edit.workbook.sheets()) {
    const path = edit.worksheetPathOf(other);
    if (path === null || path === registerPath) continue;
    const xml = await edit.partText(path);
    const shifted = xml === null ? null : shiftWorksheetFormulas(xml, deletion, sheet);
    if (shifted !== null) writes.set(path, shifted);
  }
  const own = new Set(await edit.tablePartsOf(registerPath));
  for (const path of edit.partsOfType(TABLE_CONTENT_TYPE)) {
    const xml = await edit.partText(path);
    const shifted = xml === null ? null : shiftTable(xml, deletion, sheet, own.has(path));
    if (shifted !== null) writes.set(path, shifted);
  }
  for (const path of edit.partsOfType(CHART_CONTENT_TYPE)) {
    const xml = await edit.partText(path);
    const shifted = xml === null ? null : shiftElements(xml, ["f"], deletion, sheet);
    if (shifted !== null) writes.set(path, shifted);
  }
  for (const path of edit.partsOfType(PIVOT_CACHE_CONTENT_TYPE)) {
    const xml = (await edit.partText(path)) ?? "";
    if (pivotReads(parseXmlTree(xml).root, sheet))
      throw new UnsafeFormulaError("a pivot table reads the register's sheet");
  }
  // Every part is adjusted before any is written: a refusal leaves the package as it was.
  edit.workbook.shiftDefinedNames((formula) => shiftFormula(formula, deletion, { sheet, onSheet: false }));
  for (const [path, xml] of writes) edit.writePart(path, xml);
  edit.dropCalculationChain();
  edit.workbook.recalculateOnOpen();
  return register;
}

/** A table's range, filter and column formulas, for a table on the sheet (`own`) or elsewhere. */
function shiftTable(xml: string, deletion: RowDeletion, sheet: string, own: boolean): string | null {
  const root = parseXmlTree(xml).root;
  const splices: Splice[] = [];
  if (own) {
    const ref = attributeOf(root, "ref") ?? "";
    const [top = 0, bottom = top] = ref.split(":").map((end) => Number(/\d+$/.exec(end)?.[0] ?? 0));
    const headers = attributeOf(root, "headerRowCount") === "0" ? 0 : 1;
    const totals = Number(attributeOf(root, "totalsRowCount") ?? 0);
    const dataRows = bottom - top + 1 - headers - totals;
    const deleted = deletion.countUpTo(bottom - totals) - deletion.countUpTo(top + headers - 1);
    if (dataRows - deleted < 1)
      throw new UnsafeFormulaError("every row of the register's table would be deleted");
    const moved = shiftedList(ref, deletion);
    if (moved !== null && moved !== ref) splices.push(startTagSplice(root, { ref: moved }));
    const filter = root.children.find((child) => child.local === "autoFilter");
    const filterRef = filter ? attributeOf(filter, "ref") : undefined;
    const movedFilter = filterRef === undefined ? null : shiftedList(filterRef, deletion);
    if (filter && movedFilter !== null && movedFilter !== filterRef)
      splices.push(startTagSplice(filter, { ref: movedFilter }));
  }
  splices.push(
    ...formulaSplices(root, ["calculatedColumnFormula", "totalsRowFormula"], deletion, sheet, own),
  );
  if (splices.length === 0) return null;
  const text = applySplices(xml, splices);
  parseXmlTree(text);
  return text;
}

/** A part whose elements of these names hold formulas (a chart's series references). */
function shiftElements(
  xml: string,
  locals: readonly string[],
  deletion: RowDeletion,
  sheet: string,
): string | null {
  const root = parseXmlTree(xml).root;
  const splices = formulaSplices(root, locals, deletion, sheet, false);
  if (splices.length === 0) return null;
  const text = applySplices(xml, splices);
  parseXmlTree(text);
  return text;
}

function formulaSplices(
  element: XmlElement,
  locals: readonly string[],
  deletion: RowDeletion,
  sheet: string,
  onSheet: boolean,
): Splice[] {
  if (locals.includes(element.local) && !element.selfClosing) {
    const text = shiftFormula(element.text, deletion, { sheet, onSheet });
    return text === element.text
      ? []
      : [{ start: element.startTagEnd, end: element.contentEnd, text: escapeXmlText(text) }];
  }
  return element.children.flatMap((child) => formulaSplices(child, locals, deletion, sheet, onSheet));
}

function pivotReads(element: XmlElement, sheet: string): boolean {
  if (element.local === "worksheetSource")
    return (attributeOf(element, "sheet") ?? "").toUpperCase() === sheet.toUpperCase();
  return element.children.some((child) => pivotReads(child, sheet));
}
