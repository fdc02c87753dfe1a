/* global Excel, Office */
import type { ExcelRunner, XlRequestContext } from "./excel-api";

/**
 * The real runner: `Excel.run` with `delayForCellEdit`, so that a batch started while the user is typing
 * in a cell waits for the edit to end instead of failing. This file is the only one that touches the
 * `Excel` and `Office` globals at run time; `Excel.RequestContext` is proven to provide `XlRequestContext`
 * at compile time (src/excel/excel-api.ts), so no cast is needed.
 */
export const officeRunner: ExcelRunner = <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> =>
  Excel.run({ delayForCellEdit: true }, (context) => batch(context));

/**
 * Excel on the web caps each response at 5 MB; desktop Excel has no documented cap. Reading a large register
 * in one round trip is possible only where there is none.
 */
export function officeResponseLimitBytes(): number | null {
  const web = 5_000_000;
  // Unknown host: assume the web's limit, which only costs round trips where there is none.
  if (typeof Office === "undefined" || !Office.context) return web;
  return Office.context.platform === Office.PlatformType.OfficeOnline ? web : null;
}
