import type { PageMargins, PageSetup } from "./model";

/**
 * Margins of every generated sheet, in points: half an inch left and right, three quarters of an inch
 * top and bottom (Excel's "Normal" margins, narrowed at the sides so that A4 holds the annex columns).
 * Writers use these too when a layout gives none.
 */
export const DEFAULT_MARGINS: PageMargins = {
  left: 36,
  right: 36,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
};

/** A4 portrait, fitted to the page width, without gridlines: ready to print. */
export function printPage(printTitleRows: PageSetup["printTitleRows"]): PageSetup {
  return {
    orientation: "portrait",
    paperSize: "A4",
    fitToWidth: true,
    printTitleRows,
    showGridlines: false,
    margins: DEFAULT_MARGINS,
  };
}
