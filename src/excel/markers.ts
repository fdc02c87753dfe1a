import type { SheetKind } from "../layout/model";
import type { XlNamedItem } from "./excel-api";

/**
 * The add-in marks each sheet it makes with a hidden workbook-level name pointing at the sheet's A1, its
 * comment saying what the sheet is. A name follows its sheet when the sheet is renamed, it is ExcelApi
 * 1.4/1.7 (no custom properties needed), and a user's sheet never carries one, so the add-in never
 * mistakes a user's "Summary" for its own.
 */
export type SheetRole =
  | { readonly kind: "generated"; readonly layout: SheetKind }
  | { readonly kind: "marks" }
  | { readonly kind: "incomplete" };

export interface Marker {
  /** The defined name, e.g. "JIU_Register_3". */
  readonly name: string;
  /** The sheet it points at; null when that sheet was deleted (#REF!). */
  readonly sheet: string | null;
  readonly role: SheetRole;
  readonly item: XlNamedItem;
}

export const MARKER_PREFIX = "JIU_Register_";
const COMMENT_PREFIX = "jiu-register:";
const LAYOUT_KINDS: readonly SheetKind[] = ["summary", "annexI", "annexII", "annexIII"];

export function markerComment(role: SheetRole): string {
  const token = role.kind === "generated" ? `generated:${role.layout}` : role.kind;
  const meaning =
    role.kind === "generated"
      ? "made by the JIU Register add-in; generating again replaces it"
      : role.kind === "marks"
        ? "holds the JIU Register add-in's validation marks; Clear marks removes it"
        : "an unfinished sheet of the JIU Register add-in; the next generation removes it";
  return `${COMMENT_PREFIX}${token} (${meaning})`;
}

export function roleOfComment(comment: string): SheetRole | null {
  if (!comment.startsWith(COMMENT_PREFIX)) return null;
  const token = comment.slice(COMMENT_PREFIX.length).split(" ")[0] ?? "";
  if (token === "marks") return { kind: "marks" };
  if (token === "incomplete") return { kind: "incomplete" };
  const layout = token.startsWith("generated:") ? token.slice("generated:".length) : "";
  const kind = LAYOUT_KINDS.find((candidate) => candidate === layout);
  return kind ? { kind: "generated", layout: kind } : null;
}

/** A reference to a sheet's A1, quoted so that any sheet name is valid: `='Annex I'!$A$1`. */
export function referenceTo(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a reference formula points at, or null for #REF! and anything that is not a reference.
 *
 * @example sheetOfReference("='Annex I'!$A$1") // "Annex I"
 * @example sheetOfReference("=Summary!$A$1") // "Summary"
 */
export function sheetOfReference(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  if (text.startsWith("'")) {
    let name = "";
    for (let i = 1; i < text.length; i++) {
      const ch = text[i] as string;
      if (ch !== "'") name += ch;
      else if (text[i + 1] === "'") {
        name += "'";
        i++;
      } else return text[i + 1] === "!" ? name : null;
    }
    return null;
  }
  const bang = text.indexOf("!");
  if (bang <= 0) return null;
  const name = text.slice(0, bang);
  return name === "#REF" ? null : name;
}

/** Reads the markers among the workbook's names (loaded with items/name, formula and comment). */
export function readMarkers(items: readonly XlNamedItem[]): Marker[] {
  return items.flatMap((item) => {
    if (!item.name.startsWith(MARKER_PREFIX)) return [];
    const role = roleOfComment(item.comment);
    return role ? [{ name: item.name, sheet: sheetOfReference(item.formula), role, item }] : [];
  });
}

/** Marker names not yet taken, e.g. JIU_Register_4 and JIU_Register_5 after 1 to 3. */
export function freeMarkerNames(taken: readonly string[], count: number): string[] {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${MARKER_PREFIX}${n}`;
    if (!used.has(name.toUpperCase())) names.push(name);
  }
  return names;
}
