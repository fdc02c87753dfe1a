import type { XlEventSource } from "../../src/excel/excel-api";
import { boxAddress, parseBox } from "./address";
import type { ActionQueue } from "./proxy";
import { ACTION_BYTES } from "./proxy";
import { requireSheet } from "./sheets";
import { writeValues } from "./sheet-ops";
import type { WorkbookState } from "./state";

type ChangeHandler = (event: Excel.WorksheetChangedEventArgs) => Promise<void>;

/** The handlers registered on a workbook's `worksheets.onChanged`, by workbook. */
const HANDLERS = new WeakMap<WorkbookState, ChangeHandler[]>();

/**
 * `workbook.worksheets.onChanged`: `add` queues the registration, which takes effect at the next sync,
 * as in Office.js. Handlers are called by `typeInto`, which stands for a person typing.
 */
export function changedEventSource(
  queue: ActionQueue,
  path: string,
  state: () => WorkbookState,
): XlEventSource<Excel.WorksheetChangedEventArgs> {
  return {
    add: (handler) => {
      queue.enqueue({
        bytes: ACTION_BYTES,
        objects: [{ key: `${path}.onChanged`, bytes: 60 }],
        location: "WorksheetCollection.onChanged.add",
        apply: () => {
          const list = HANDLERS.get(state()) ?? [];
          list.push(handler);
          HANDLERS.set(state(), list);
        },
      });
      return {};
    },
  };
}

/**
 * What a person typing or pasting does: the values go into the cells (as typed input: "=1+1" becomes a
 * formula, a date-formatted cell takes a date), then every `onChanged` handler is called with the
 * sheet's id and the range's address, and awaited.
 *
 * @example await typeInto(excel.state, "Register", "H7", [["Accepted"]]);
 */
export async function typeInto(
  state: WorkbookState,
  sheetName: string,
  address: string,
  values: readonly (readonly (string | number | boolean)[])[],
): Promise<void> {
  const sheet = requireSheet(state, sheetName);
  const box = parseBox(address);
  writeValues(sheet, box, values);
  const event = {
    type: "WorksheetChanged",
    source: "Local",
    changeType: "RangeEdited",
    worksheetId: String(sheet.id),
    address: boxAddress(box),
  } as Excel.WorksheetChangedEventArgs;
  for (const handler of HANDLERS.get(state) ?? []) await handler(event);
}

/** How many handlers listen to a workbook's changes (tests check that the pane registers one, once). */
export function changeHandlerCount(state: WorkbookState): number {
  return HANDLERS.get(state)?.length ?? 0;
}
