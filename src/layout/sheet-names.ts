import type { Language } from "../labels/language";
import { label, type LabelId } from "../labels/labels";
import type { SheetKind } from "./model";

const SHEET_NAME_IDS: Readonly<Record<SheetKind, LabelId>> = {
  summary: "sheet.summary",
  annexI: "sheet.annexI",
  annexII: "sheet.annexII",
  annexIII: "sheet.annexIII",
  register: "sheet.register",
  plannedReviews: "sheet.plannedReviews",
  requests: "sheet.requests",
  vocabulary: "sheet.vocabulary",
};

/**
 * The name of a generated sheet in the chosen language.
 *
 * @example sheetName("annexII", "zh") // "附件二"
 */
export function sheetName(kind: SheetKind, lang: Language): string {
  return label(SHEET_NAME_IDS[kind], lang);
}
