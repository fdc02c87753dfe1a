import type { SheetKind } from "./model";

/**
 * How a workbook says which sheets JIU Register made: one scheme, written by both the add-in and the
 * .xlsx writer, so that each replaces the other's sheets instead of adding "Annex I (2)" beside them.
 *
 * A marker is a hidden, workbook-level defined name `JIU_Register_<n>` that refers to the sheet's A1 and
 * whose comment says what the sheet is: `jiu-register:generated:annexI (made by ...)`. A defined name
 * follows its sheet when the sheet is renamed or moved, Excel keeps it in the file, Office.js reads and
 * writes it (ExcelApi 1.4/1.7), and a user's sheet never carries one.
 *
 * Files written by earlier versions of the .xlsx writer carry the legacy marker instead: a hidden name
 * `JiuRegister_Generated` scoped to the sheet, whose value is the sheet kind (`"annexI"`). Both writers
 * recognise it; neither writes it any more.
 */
export type SheetRole =
  | { readonly kind: "generated"; readonly layout: SheetKind }
  | { readonly kind: "marks" }
  /** A sheet still being written (or left by a failed write); `layout` says which sheet it was to become. */
  | { readonly kind: "incomplete"; readonly layout?: SheetKind };

export const MARKER_PREFIX = "JIU_Register_";
/** The legacy, sheet-scoped marker of the .xlsx writer. */
export const LEGACY_SHEET_MARK = "JiuRegister_Generated";

const COMMENT_PREFIX = "jiu-register:";
const LAYOUT_KINDS: readonly SheetKind[] = ["summary", "annexI", "annexII", "annexIII"];

/**
 * The comment of a marker with this role.
 *
 * @example markerComment({ kind: "generated", layout: "annexI" }) // "jiu-register:generated:annexI (made by the JIU Register add-in; generating again replaces it)"
 */
export function markerComment(role: SheetRole): string {
  const token =
    role.kind === "generated"
      ? `generated:${role.layout}`
      : role.kind === "incomplete" && role.layout
        ? `incomplete:${role.layout}`
        : role.kind;
  const meaning =
    role.kind === "generated"
      ? "made by the JIU Register add-in; generating again replaces it"
      : role.kind === "marks"
        ? "holds the JIU Register add-in's validation marks; Clear marks removes it"
        : "an unfinished sheet of the JIU Register add-in; the next generation removes it";
  return `${COMMENT_PREFIX}${token} (${meaning})`;
}

/**
 * The role a marker's comment gives, or null for any other comment.
 *
 * @example roleOfComment("jiu-register:generated:summary (...)") // { kind: "generated", layout: "summary" }
 */
export function roleOfComment(comment: string): SheetRole | null {
  if (!comment.startsWith(COMMENT_PREFIX)) return null;
  const [word = "", kind] = (comment.slice(COMMENT_PREFIX.length).split(" ")[0] ?? "").split(":");
  const layout = LAYOUT_KINDS.find((candidate) => candidate === kind);
  if (word === "marks" && kind === undefined) return { kind: "marks" };
  if (word === "incomplete")
    return kind === undefined ? { kind: "incomplete" } : layout ? { kind: "incomplete", layout } : null;
  return word === "generated" && layout ? { kind: "generated", layout } : null;
}

/**
 * A reference to a sheet's A1, quoted so that any sheet name is valid, as Office.js takes it (with "=").
 * The file format stores it without the "=".
 *
 * @example referenceTo("Annex I") // "='Annex I'!$A$1"
 */
export function referenceTo(sheetName: string): string {
  return `='${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a reference formula points at, or null for #REF! and anything that is not a reference.
 *
 * @example sheetOfReference("='Annex I'!$A$1") // "Annex I"
 * @example sheetOfReference("Summary!$A$1") // "Summary"
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

/**
 * Marker names not yet taken (names compare without regard to case, as in Excel).
 *
 * @example freeMarkerNames(["JIU_Register_1", "jiu_register_3"], 2) // ["JIU_Register_2", "JIU_Register_4"]
 */
export function freeMarkerNames(taken: readonly string[], count: number): string[] {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${MARKER_PREFIX}${n}`;
    if (!used.has(name.toUpperCase())) names.push(name);
  }
  return names;
}

/** A defined name as a workbook holds it. */
export interface DefinedNameText {
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to; null for a workbook-level name. */
  readonly scope: string | null;
  /** Its formula, with or without the leading "=" (e.g. `'Annex I'!$A$1`, `"annexI"`). */
  readonly formula: string;
  readonly comment: string;
}

/** What a marker says: which sheet (null when it was deleted) and its role. */
export interface MarkerMeaning {
  readonly sheet: string | null;
  readonly role: SheetRole;
  /** True for the legacy sheet-scoped marker, which goes away with its sheet. */
  readonly legacy: boolean;
}

/**
 * Reads a defined name as a marker of either scheme, or null when it is none.
 *
 * @example markerOf({ name: "JIU_Register_2", scope: null, formula: "'Annex I'!$A$1", comment: "jiu-register:generated:annexI (...)" }) // { sheet: "Annex I", role: { kind: "generated", layout: "annexI" }, legacy: false }
 * @example markerOf({ name: "JiuRegister_Generated", scope: "Summary", formula: '"summary"', comment: "" }) // { sheet: "Summary", role: { kind: "generated", layout: "summary" }, legacy: true }
 */
export function markerOf(name: DefinedNameText): MarkerMeaning | null {
  if (name.scope === null && name.name.toUpperCase().startsWith(MARKER_PREFIX.toUpperCase())) {
    const role = roleOfComment(name.comment);
    return role ? { sheet: sheetOfReference(name.formula), role, legacy: false } : null;
  }
  if (name.scope !== null && name.name.toUpperCase() === LEGACY_SHEET_MARK.toUpperCase()) {
    const value = name.formula.replace(/^=/, "").replace(/^"(.*)"$/, "$1");
    const layout = LAYOUT_KINDS.find((kind) => kind === value);
    return layout ? { sheet: name.scope, role: { kind: "generated", layout }, legacy: true } : null;
  }
  return null;
}
