import { markerOf, type SheetRole } from "../layout/generated-marker";
import type { XlNamedItem } from "./excel-api";

export {
  freeMarkerNames,
  markerComment,
  MARKER_PREFIX,
  referenceTo,
  roleOfComment,
  sheetOfReference,
  type SheetRole,
} from "../layout/generated-marker";

/** A marker (see src/layout/generated-marker.ts) as the adapter found it, with the name to delete it by. */
export interface Marker {
  /** The defined name, e.g. "JIU_Register_3". */
  readonly name: string;
  /** The sheet it points at; null when that sheet was deleted (#REF!). */
  readonly sheet: string | null;
  readonly role: SheetRole;
  readonly item: XlNamedItem;
  /** The legacy sheet-scoped marker of the .xlsx writer: it goes away with its sheet. */
  readonly legacy: boolean;
}

/** Reads the markers among the workbook's names (loaded with items/name, formula and comment). */
export function readMarkers(items: readonly XlNamedItem[]): Marker[] {
  return items.flatMap((item) => {
    const meaning = markerOf({
      name: item.name,
      scope: null,
      formula: String(item.formula),
      comment: item.comment,
    });
    return meaning ? [{ name: item.name, item, ...meaning }] : [];
  });
}

/** Reads the legacy markers among one sheet's own names (loaded with items/name and formula). */
export function readSheetMarkers(sheet: string, items: readonly XlNamedItem[]): Marker[] {
  return items.flatMap((item) => {
    const meaning = markerOf({ name: item.name, scope: sheet, formula: String(item.formula), comment: "" });
    return meaning ? [{ name: item.name, item, ...meaning }] : [];
  });
}
