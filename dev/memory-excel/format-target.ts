/** What the in-memory RangeFormat and its fill, font and borders act on, and the helpers they share. */
import type { Box } from "./address";
import { invalidArgument } from "./errors";
import { uniformFormat, updateFormats } from "./sheet-ops";
import type { CellFormat, SheetState } from "./state";

/** The cells a format object acts on: one box for a Range, several for RangeAreas. */
export interface FormatTarget {
  readonly sheet: SheetState;
  readonly boxes: readonly Box[];
}

/** One value when every cell agrees, else null (as Excel reports a mixed format). */
export function uniformAcross<T>(target: FormatTarget, read: (format: CellFormat) => T): T | null {
  const values = target.boxes.map((box) => uniformFormat(target.sheet, box, read));
  return values.every((value) => value === values[0]) ? (values[0] ?? null) : null;
}

export function updateEach(target: FormatTarget, change: (format: CellFormat) => CellFormat): void {
  for (const box of target.boxes) updateFormats(target.sheet, box, change);
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** Excel takes "#RRGGBB" and reports it in capitals. */
export function checkColor(color: string): string {
  if (!COLOR.test(color)) throw invalidArgument(`"${color}" is not a color; use "#RRGGBB".`);
  return color.toUpperCase();
}
