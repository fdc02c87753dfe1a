import type { PageSetup } from "./model";

/** A4 portrait, fitted to the page width, without gridlines: ready to print. */
export function printPage(printTitleRows: PageSetup["printTitleRows"]): PageSetup {
  return { orientation: "portrait", paperSize: "A4", fitToWidth: true, printTitleRows, showGridlines: false };
}
