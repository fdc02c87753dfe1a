import { quoteSheetName } from "./address";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import type { SheetState, WorkbookState } from "./state";

/** Sheet-level operations on the workbook state: names, lookup, creation and references in formulas. */

const INVALID_NAME = /[:\\/?*[\]]/;

export function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    INVALID_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  )
    throw invalidArgument(
      `"${name}" is not a valid sheet name: 1 to 31 characters, none of : \\ / ? * [ ], not starting or ending with an apostrophe.`,
    );
  if (name.toLowerCase() === "history") throw invalidArgument(`"History" is reserved by Excel.`);
}

export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

export function liveSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((sheet) => !sheet.deleted);
}

export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  return liveSheets(state).find((sheet) => sameName(sheet.name, name));
}

export function requireSheet(state: WorkbookState, name: string): SheetState {
  const sheet = findSheet(state, name);
  if (!sheet) throw itemNotFound(`worksheet "${name}"`);
  return sheet;
}

export function sheetById(state: WorkbookState, id: number): SheetState | undefined {
  return state.sheets.find((sheet) => sheet.id === id && !sheet.deleted);
}

export function newSheet(state: WorkbookState, name: string): SheetState {
  checkSheetName(name);
  if (findSheet(state, name))
    throw new MemoryExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  const sheet: SheetState = {
    id: state.nextId++,
    name,
    visibility: "Visible",
    showGridlines: true,
    deleted: false,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    conditionalFormats: [],
    charts: [],
    tables: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      printGridlines: false,
      centerHorizontally: false,
      printTitleRows: null,
      margins: {},
    },
    freezeRows: 0,
    rowBreaks: [],
  };
  state.sheets.push(sheet);
  if (state.activeSheetId === null) state.activeSheetId = sheet.id;
  return sheet;
}

export function defaultSheetName(state: WorkbookState): string {
  for (let n = 1; ; n++) if (!findSheet(state, `Sheet${n}`)) return `Sheet${n}`;
}

function sheetRefPattern(name: string): RegExp {
  const quoted = `'${name.replace(/'/g, "''")}'`;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const alternatives = [quoted, name].map(escape).join("|");
  return new RegExp(`(^|[^A-Za-z0-9_.'])(${alternatives})!`, "g");
}

/** Excel rewrites formulas that name a sheet when the sheet is renamed (new name) or deleted (#REF!). */
export function rewriteSheetReferences(
  state: WorkbookState,
  oldName: string,
  replacement: string | null,
): void {
  const pattern = sheetRefPattern(oldName);
  const rewrite = (formula: string) =>
    formula.replace(
      pattern,
      (_m, before: string) => `${before}${replacement === null ? "#REF" : quoteSheetName(replacement)}!`,
    );
  for (const sheet of liveSheets(state))
    for (const rule of sheet.conditionalFormats)
      if (rule.formula !== null) rule.formula = rewrite(rule.formula);
}
