import type { LayoutValidation, SheetLayout } from "../layout/model";
import { cellAddress } from "./a1";
import type { XlWorksheet } from "./excel-api";
import { jsonBytes } from "./payload";
import { step, type WriteStep } from "./steps";

/**
 * The writes of a layout's tables and data validations, after its values (a table takes its header row
 * from the cells): `tables.add(address, true)`, its name and style; `range.dataValidation.rule` (a list
 * typed in, or a date after 1 January 1900) and its `errorAlert`.
 */
export function tableSteps(sheet: () => XlWorksheet, layout: SheetLayout): WriteStep[] {
  const tables = (layout.tables ?? []).map((table) =>
    step(200, () => {
      const { range } = table;
      const address = `${cellAddress(range.row, range.column)}:${cellAddress(
        range.row + range.rowCount - 1,
        range.column + range.columnCount - 1,
      )}`;
      const added = sheet().tables.add(address, true);
      added.name = table.name;
      added.style = table.style;
    }),
  );
  const validations = (layout.validations ?? []).map((validation) =>
    step(jsonBytes(validation) + 200, () => applyValidation(sheet(), validation)),
  );
  return [...tables, ...validations];
}

function applyValidation(sheet: XlWorksheet, validation: LayoutValidation): void {
  const { range, rule } = validation;
  const target = sheet.getRangeByIndexes(range.row, range.column, range.rowCount, range.columnCount);
  target.dataValidation.rule =
    rule.kind === "list"
      ? { list: { inCellDropDown: true, source: rule.words.join(",") } }
      : { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  target.dataValidation.errorAlert = {
    showAlert: true,
    style: validation.alert === "warning" ? "Warning" : "Stop",
    title: validation.title.slice(0, 32),
    message: validation.message.slice(0, 255),
  };
}
