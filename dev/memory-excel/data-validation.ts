import type { XlDataValidation } from "../../src/excel/excel-api";
import { intersects, type Box } from "./address";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { SheetState } from "./state";

/** One data validation: the cells it covers, what they accept, and the alert. */
export interface DataValidationState {
  readonly box: Box;
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

interface ValidationTarget {
  readonly sheet: SheetState;
  readonly box: Box;
}

/** The data validations of each sheet (kept beside the sheet's state, which predates them). */
const VALIDATIONS = new WeakMap<SheetState, DataValidationState[]>();

/** A sheet's data validations, in the order they were set. */
export function dataValidationsOf(sheet: SheetState): DataValidationState[] {
  const list = VALIDATIONS.get(sheet) ?? [];
  VALIDATIONS.set(sheet, list);
  return list;
}

/**
 * `range.dataValidation`: setting `rule` replaces the validations of the cells it covers (as Excel does, a
 * validation partly covered is refused: clear it first), and `errorAlert` sets the alert of that rule.
 */
export class MemoryDataValidation extends MemoryProxy<ValidationTarget> implements XlDataValidation {
  constructor(queue: ActionQueue, path: string, resolver: () => ValidationTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "DataValidation";
  }

  protected readScalar(_target: ValidationTarget, name: string): unknown {
    return unknownProperty("DataValidation", name);
  }

  get rule(): Excel.DataValidationRule {
    return this.loadedValue("rule");
  }
  set rule(value: Excel.DataValidationRule) {
    this.enqueueSet("rule", value, ({ sheet, box }) => {
      const list = dataValidationsOf(sheet);
      const kept = list.filter(
        (validation) => !intersects(validation.box, box) || !covers(box, validation.box),
      );
      if (kept.some((validation) => intersects(validation.box, box)))
        throw new Error("The range overlaps part of another data validation.");
      list.splice(0, list.length, ...kept, { box, rule: structuredClone(value), errorAlert: null });
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.enqueueSet("errorAlert", value, ({ sheet, box }) => {
      const found = dataValidationsOf(sheet).find((validation) => sameBox(validation.box, box));
      if (!found) throw new Error("Set the rule of a data validation before its alert.");
      found.errorAlert = structuredClone(value);
    });
  }
}

function covers(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

function sameBox(a: Box, b: Box): boolean {
  return (
    a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount
  );
}
