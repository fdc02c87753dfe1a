import type { Finding } from "../core/findings";
import { columnLetters } from "./a1";
import type { WorkbookGrid } from "../core/grid";
import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlNamedItem,
  XlRequestContext,
  XlWorksheet,
} from "./excel-api";
import { freeMarkerNames, markerComment, referenceTo } from "./markers";
import type { WorkbookOutline } from "./outline";
import { jsonBytes } from "./payload";
import type { SheetToRead } from "./read-workbook";
import { step, type WriteStep } from "./steps";

/**
 * Findings are shown in the grid without touching the user's cells: a hidden sheet holds 2 (error) or 1
 * (warning) at the address of each marked cell, and two conditional formats on each marked sheet colour
 * the cells whose mask value says so. Conditional formats may refer to other sheets since Excel 2010.
 * "Clear marks" deletes the two rules and the hidden sheet; nothing else was changed.
 */
export const MASK_SHEET_NAME = "JIU_Marks";

const ERROR = 2;
const WARNING = 1;
/** Excel's "Bad" and "Neutral" cell styles. */
const ERROR_FILL = "#FFC7CE";
const ERROR_FONT = "#9C0006";
const WARNING_FILL = "#FFEB9C";
const WARNING_FONT = "#9C5700";

/** The marks of one sheet: a block of mask values over the bounding box of its marked cells. */
export interface SheetMask {
  readonly sheet: string;
  /** 0-based box on the marked sheet. */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly number[])[];
  /** 0-based column of the mask sheet where this block starts (blocks sit side by side). */
  readonly maskColumn: number;
}

/**
 * Where the marks go: per sheet, the bounding box of its marked cells with 2 for an error and 1 for a
 * warning (an error wins). A finding about a whole row (column 0) marks the row across the sheet's cells.
 *
 * @example planMasks([{ sheet: "Register", row: 3, columnNumber: 2, severity: "error", ... }], grid)
 * // [{ sheet: "Register", row: 2, column: 1, values: [[2]], maskColumn: 0 }]
 */
export function planMasks(findings: readonly Finding[], grid: WorkbookGrid): SheetMask[] {
  const bySheet = new Map<string, Map<number, number>>();
  const spans = new Map(
    grid.sheets.map((sheet) => [
      sheet.name,
      {
        first: sheet.origin.column - 1,
        count: sheet.cells.reduce((widest, row) => Math.max(widest, row.length), 0),
      },
    ]),
  );
  const width = (sheet: string) => spans.get(sheet) ?? null;
  for (const finding of findings) {
    if (finding.row < 1) continue;
    const span = width(finding.sheet);
    if (!span) continue;
    const marks = bySheet.get(finding.sheet) ?? new Map<number, number>();
    bySheet.set(finding.sheet, marks);
    const level = finding.severity === "error" ? ERROR : WARNING;
    const columns =
      finding.columnNumber > 0
        ? [finding.columnNumber - 1]
        : Array.from({ length: span.count }, (_, i) => span.first + i);
    for (const column of columns) {
      const key = (finding.row - 1) * 16_384 + column;
      marks.set(key, Math.max(level, marks.get(key) ?? 0));
    }
  }
  let maskColumn = 0;
  return [...bySheet].flatMap(([sheet, marks]) => {
    if (marks.size === 0) return [];
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const key of marks.keys()) {
      const row = Math.floor(key / 16_384);
      const column = key % 16_384;
      [top, bottom] = [Math.min(top, row), Math.max(bottom, row)];
      [left, right] = [Math.min(left, column), Math.max(right, column)];
    }
    const height = bottom - top + 1;
    const widthOfBox = right - left + 1;
    const values = Array.from({ length: height }, () => new Array<number>(widthOfBox).fill(0));
    for (const [key, level] of marks) {
      const row = values[Math.floor(key / 16_384) - top];
      if (row) row[(key % 16_384) - left] = level;
    }
    const mask: SheetMask = { sheet, row: top, column: left, values, maskColumn };
    maskColumn += widthOfBox;
    return [mask];
  });
}

/** Conditional-format collections loaded in the reading round trip, to find the add-in's own rules. */
export type LoadedRules = readonly {
  readonly sheet: string;
  readonly rules: XlConditionalFormatCollection;
}[];

/** Loads the conditional formats of the sheets being read (the add-in's own sheets carry none of its rules). */
export function loadRules(_context: XlRequestContext, sheets: readonly SheetToRead[]): LoadedRules {
  return sheets.map((sheet) => {
    const rules = sheet.proxy.getRange().conditionalFormats;
    rules.load(["items/id", "items/type", "items/customOrNullObject/rule/formula"]);
    return { sheet: sheet.name, rules };
  });
}

/** The add-in's rules: custom formulas that read a marks sheet. */
export function ownRules(loaded: LoadedRules, outline: WorkbookOutline): XlConditionalFormat[] {
  const maskSheets = outline.markers
    .filter((marker) => marker.role.kind === "marks" && marker.sheet !== null)
    .map((marker) => marker.sheet as string);
  if (maskSheets.length === 0) return [];
  const refers = (formula: string) =>
    maskSheets.some((name) => {
      const upper = formula.toUpperCase();
      const quoted = `'${name.replace(/'/g, "''")}'!`.toUpperCase();
      return (
        upper.includes(quoted) ||
        new RegExp(`(^|[^A-Z0-9_.'])${escapeRegExp(name.toUpperCase())}!`).test(upper)
      );
    });
  return loaded.flatMap(({ rules }) =>
    rules.items.filter(
      (rule) => !rule.customOrNullObject.isNullObject && refers(rule.customOrNullObject.rule.formula),
    ),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Steps that remove every trace of earlier marks: the rules, the mask sheets and their markers. */
export function clearMarkSteps(
  context: XlRequestContext,
  outline: WorkbookOutline,
  loaded: LoadedRules,
): WriteStep[] {
  const steps = ownRules(loaded, outline).map((rule) => step(0, () => rule.delete()));
  for (const marker of outline.markers) {
    if (marker.role.kind !== "marks") continue;
    const sheet = marker.sheet === null ? undefined : outline.sheet(marker.sheet);
    steps.push(
      step(0, () => {
        marker.item.delete();
        sheet?.proxy.delete();
      }),
    );
  }
  return steps;
}

/** New marks: the steps that write them, and `undo`, which queues their removal (to replace them). */
export interface MarkWrite {
  readonly steps: readonly WriteStep[];
  /** The hidden sheet the masks go to ("" when there are none). */
  readonly maskName: string;
  undo(): void;
}

/** Steps that write new marks: the hidden mask sheet, its marker, the mask values and the two rules. */
export function writeMarkSteps(
  context: XlRequestContext,
  outline: WorkbookOutline,
  masks: readonly SheetMask[],
): MarkWrite {
  if (masks.length === 0) return { steps: [], maskName: "", undo: () => undefined };
  const maskName = freeMaskName(outline);
  const [markerName] = freeMarkerNames(outline.names, 1);
  const { worksheets, names } = context.workbook;
  const created: { sheet: XlWorksheet | null; marker: XlNamedItem | null; rules: XlConditionalFormat[] } = {
    sheet: null,
    marker: null,
    rules: [],
  };
  const sheetOf = () => {
    if (!created.sheet) throw new Error("The mask sheet is added by the first step.");
    return created.sheet;
  };
  const steps: WriteStep[] = [
    step(0, () => {
      created.sheet = worksheets.add(maskName);
      created.sheet.visibility = "Hidden";
      created.marker = names.add(
        markerName as string,
        referenceTo(maskName),
        markerComment({ kind: "marks" }),
      );
      created.marker.visible = false;
    }),
  ];
  for (const mask of masks) {
    for (const block of rowBlocks(mask.values))
      steps.push(
        step(jsonBytes(block.values), () => {
          sheetOf().getRangeByIndexes(
            mask.row + block.offset,
            mask.maskColumn,
            block.values.length,
            block.width,
          ).values = block.values;
        }),
      );
    const target = outline.sheet(mask.sheet);
    if (!target) continue;
    steps.push(step(0, () => created.rules.push(...addMaskRules(target.proxy, mask, maskName))));
  }
  return {
    steps,
    maskName,
    undo: () => {
      created.rules.forEach((rule) => rule.delete());
      created.marker?.delete();
      created.sheet?.delete();
    },
  };
}

/** The two rules that show a mask's warnings and errors on its range: errors first. */
export function addMaskRules(sheet: XlWorksheet, mask: SheetMask, maskName: string): XlConditionalFormat[] {
  const height = mask.values.length;
  const width = mask.values[0]?.length ?? 0;
  const anchor = `'${maskName.replace(/'/g, "''")}'!${columnLetters(mask.maskColumn)}${mask.row + 1}`;
  const rules = sheet.getRangeByIndexes(mask.row, mask.column, height, width).conditionalFormats;
  const warning = rules.add("Custom");
  warning.custom.rule.formula = `=${anchor}=${WARNING}`;
  warning.custom.format.fill.color = WARNING_FILL;
  warning.custom.format.font.color = WARNING_FONT;
  const error = rules.add("Custom");
  error.custom.rule.formula = `=${anchor}=${ERROR}`;
  error.custom.format.fill.color = ERROR_FILL;
  error.custom.format.font.color = ERROR_FONT;
  error.priority = 0;
  warning.priority = 1;
  return [warning, error];
}

/** Row blocks of at most ~1 MB, so that a huge mask is spread over round trips. */
function rowBlocks(
  values: readonly (readonly number[])[],
): { offset: number; width: number; values: number[][] }[] {
  const width = values[0]?.length ?? 0;
  const rowsPerBlock = Math.max(1, Math.floor(1_000_000 / Math.max(1, width * 2 + 3)));
  const blocks = [];
  for (let offset = 0; offset < values.length; offset += rowsPerBlock)
    blocks.push({
      offset,
      width,
      values: values.slice(offset, offset + rowsPerBlock).map((row) => [...row]),
    });
  return blocks;
}

/** "JIU_Marks", or "JIU_Marks_2"... when a user's sheet already has the name. */
function freeMaskName(outline: WorkbookOutline): string {
  const taken = (name: string) => {
    const sheet = outline.sheet(name);
    return sheet !== undefined && outline.roleOf(sheet.name)?.kind !== "marks";
  };
  if (!taken(MASK_SHEET_NAME)) return MASK_SHEET_NAME;
  for (let n = 2; ; n++) if (!taken(`${MASK_SHEET_NAME}_${n}`)) return `${MASK_SHEET_NAME}_${n}`;
}
