import { isoDateToSerial } from "../../src/core/dates";
import type { CellValue, GridTable } from "../../src/core/grid";
import { parseAreas, parseBox, splitSheet } from "./address";
import { invalidArgument } from "./errors";
import { ensureCell, mergeBox, updateFormats } from "./sheet-ops";
import { findSheet, newSheet } from "./sheets";
import type { CellFormat, CellState, ConditionalFormatState, Scalar, WorkbookState } from "./state";

/** A cell of a workbook description: a grid value, or a formula with its last computed value. */
export type InitCell = CellValue | { readonly formula: string; readonly value?: Scalar };

/**
 * One sheet of a workbook description. A `GridSheet` (src/core/grid.ts) is one, so a `WorkbookGrid`
 * builds a memory workbook as it is; the optional extras describe the user's own formatting.
 */
export interface MemorySheetInit {
  readonly name: string;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** 1-based worksheet coordinates of `cells[0][0]`; default A1. */
  readonly origin?: { readonly row: number; readonly column: number };
  readonly cells?: readonly (readonly InitCell[])[];
  /** Aligned with `cells`; a date cell without one gets "yyyy-mm-dd". */
  readonly numberFormats?: readonly (readonly (string | null | undefined)[])[];
  /** Excel tables, 1-based as in `GridTable`. */
  readonly tables?: readonly (
    GridTable | { readonly name: string; readonly address: string; readonly hasTotalsRow?: boolean }
  )[];
  readonly formats?: readonly { readonly address: string; readonly format: CellFormat }[];
  readonly merges?: readonly string[];
  readonly conditionalFormats?: readonly {
    readonly address: string;
    readonly type?: string;
    readonly formula?: string;
    readonly fill?: string;
  }[];
  /** Points, by 0-based column. */
  readonly columnWidths?: readonly (number | null)[];
}

export interface MemoryWorkbookInit {
  readonly sheets: readonly MemorySheetInit[];
  readonly activeSheet?: string;
  /**
   * Defined names, e.g. { name: "Rates", reference: "=Sheet1!$A$1:$B$4" }: workbook-level, or scoped to the
   * sheet `scope` names; hidden when `visible` is false.
   */
  readonly names?: readonly {
    readonly name: string;
    readonly reference: string;
    readonly comment?: string;
    readonly scope?: string;
    readonly visible?: boolean;
  }[];
}

export function emptyWorkbookState(): WorkbookState {
  return { sheets: [], names: [], activeSheetId: null, selection: null, nextId: 1 };
}

/** Builds the workbook state a description stands for (text is stored as text, never parsed). */
export function buildWorkbookState(init: MemoryWorkbookInit): WorkbookState {
  const state = emptyWorkbookState();
  for (const sheetInit of init.sheets) addSheet(state, sheetInit);
  if (init.activeSheet !== undefined) {
    const active = findSheet(state, init.activeSheet);
    if (!active) throw invalidArgument(`No sheet "${init.activeSheet}" to activate.`);
    state.activeSheetId = active.id;
  }
  state.activeSheetId ??= state.sheets.find((sheet) => sheet.visibility === "Visible")?.id ?? null;
  for (const name of init.names ?? []) {
    const text = name.reference.startsWith("=") ? name.reference.slice(1) : name.reference;
    const { sheet: sheetName, local } = splitSheet(text);
    const sheet = sheetName === null ? undefined : findSheet(state, sheetName);
    const scope = name.scope === undefined ? undefined : findSheet(state, name.scope);
    if (name.scope !== undefined && !scope)
      throw invalidArgument(`No sheet "${name.scope}" to scope a name to.`);
    state.names.push({
      name: name.name,
      reference: sheet
        ? { kind: "range", sheetId: sheet.id, box: parseBox(local) }
        : { kind: "constant", formula: `=${text}` },
      comment: name.comment ?? "",
      visible: name.visible ?? true,
      ...(scope ? { scopeSheetId: scope.id } : {}),
    });
  }
  return state;
}

/** Sets a described cell's value (and a date's default format); throws on text over Excel's limit. */
function setInitCell(cell: CellState, value: NonNullable<InitCell>, format: string | null): void {
  if (typeof value === "string") {
    if (value.length > 32_767)
      throw invalidArgument(`Cell text of ${value.length} characters is over Excel's limit.`);
    cell.value = value;
  } else if (typeof value === "number" || typeof value === "boolean") cell.value = value;
  else if ("formula" in value) {
    cell.formula = value.formula;
    cell.value = value.value ?? null;
  } else if (value.kind === "date") {
    cell.value = isoDateToSerial(value.iso);
    if (format === null) cell.numberFormat = "yyyy-mm-dd";
  } else if (value.kind === "error") cell.error = value.code;
  else {
    cell.value = value.text;
    cell.hyperlink = { address: value.address, textToDisplay: value.text };
  }
}

function addSheet(state: WorkbookState, init: MemorySheetInit): void {
  const sheet = newSheet(state, init.name);
  sheet.visibility = init.visibility ?? "Visible";
  const top = (init.origin?.row ?? 1) - 1;
  const left = (init.origin?.column ?? 1) - 1;
  (init.cells ?? []).forEach((row, i) =>
    row.forEach((value, j) => {
      const format = init.numberFormats?.[i]?.[j] ?? null;
      if (value === null && format === null) return;
      const cell = ensureCell(sheet, top + i, left + j);
      if (format !== null) cell.numberFormat = format;
      if (value !== null) setInitCell(cell, value, format);
    }),
  );
  for (const table of init.tables ?? []) {
    const box =
      "address" in table
        ? parseBox(table.address)
        : {
            row: table.headerRow - 1,
            column: table.firstColumn - 1,
            rowCount: table.lastRow - table.headerRow + 1,
            columnCount: table.lastColumn - table.firstColumn + 1,
          };
    sheet.tables.push({
      id: `${state.nextId++}`,
      name: table.name,
      box,
      showHeaders: true,
      showTotals: table.hasTotalsRow ?? false,
    });
  }
  for (const { address, format } of init.formats ?? [])
    for (const box of parseAreas(address)) updateFormats(sheet, box, (old) => ({ ...old, ...format }));
  for (const address of init.merges ?? []) mergeBox(sheet, parseBox(address), false);
  for (const rule of init.conditionalFormats ?? []) {
    const ruleState: ConditionalFormatState = {
      id: `{CF-${state.nextId++}}`,
      type: rule.type ?? "Custom",
      ranges: parseAreas(rule.address),
      stopIfTrue: false,
      formula: rule.formula ?? null,
      fill: rule.fill ?? null,
      fontColor: null,
      fontBold: null,
    };
    sheet.conditionalFormats.push(ruleState);
  }
  (init.columnWidths ?? []).forEach((width, column) => {
    if (width !== null) sheet.columnWidths.set(column, width);
  });
}
