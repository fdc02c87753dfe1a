import type { Box } from "./address";
import { invalidArgument } from "./errors";
import { cellAt, ensureCell, forEachCell } from "./sheet-ops";
import { type CellFormat, EMPTY_FORMAT, type HyperlinkState, type SheetState } from "./state";

/**
 * `Range.copyFrom(source, "Formats")`: each cell takes its source cell's format and number format, values
 * untouched, as Excel's paste of formats. The source is the same size (Excel would repeat a smaller one).
 */
export function copyFormats(
  source: { readonly sheet: SheetState; readonly box: Box },
  target: { readonly sheet: SheetState; readonly box: Box },
  copyType: string,
): void {
  if (copyType !== "Formats")
    throw invalidArgument(`The in-memory Excel copies formats only, not "${copyType}".`);
  if (source.box.rowCount !== target.box.rowCount || source.box.columnCount !== target.box.columnCount)
    throw invalidArgument("The in-memory Excel copies between ranges of the same size only.");
  // Read first: source and target may overlap.
  const formats: { format: CellFormat; numberFormat: string }[] = [];
  forEachCell(source.box, (row, column) => {
    const cell = cellAt(source.sheet, row, column);
    formats.push({ format: cell?.format ?? EMPTY_FORMAT, numberFormat: cell?.numberFormat ?? "General" });
  });
  let index = 0;
  forEachCell(target.box, (row, column) => {
    const from = formats[index++];
    if (!from) return;
    const cell = ensureCell(target.sheet, row, column);
    cell.format = from.format;
    cell.numberFormat = from.numberFormat;
  });
}

/** A link on every cell of the range; `textToDisplay` becomes the upper-left cell's text, taken literally. */
export function setHyperlink(sheet: SheetState, box: Box, link: Excel.RangeHyperlink): void {
  if (typeof link !== "object" || link === null) throw invalidArgument("A hyperlink must be an object.");
  const state: HyperlinkState = Object.fromEntries(
    Object.entries({
      address: link.address,
      documentReference: link.documentReference,
      screenTip: link.screenTip,
      textToDisplay: link.textToDisplay,
    }).filter(([, value]) => value !== undefined),
  );
  forEachCell(box, (row, column, i, j) => {
    const cell = ensureCell(sheet, row, column);
    cell.hyperlink = state;
    if (i !== 0 || j !== 0) return;
    const shown =
      link.textToDisplay ?? (cell.value === null && cell.formula === null ? link.address : undefined);
    if (shown !== undefined) {
      cell.value = shown;
      cell.formula = null;
      cell.error = null;
      cell.quotePrefix = false;
    }
  });
}
