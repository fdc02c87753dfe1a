import { LEGACY_SHEET_MARK, markerOf } from "../../layout/generated-marker";
import type { SheetKind } from "../../layout/model";
import type { XmlElement } from "../xml/tree";
import { STRICT_MAIN } from "../read/workbook-parts";
import { attributeOf, XmlPart } from "../xml/xml-part";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";
import { XlsxWriteError } from "./write-error";

/**
 * The legacy marker of generated sheets: a hidden, sheet-scoped defined name whose value is the sheet
 * kind. Still recognised; sheets are now marked as the add-in marks them (src/layout/generated-marker.ts).
 */
export const GENERATED_SHEET_MARK = LEGACY_SHEET_MARK;

/** SpreadsheetML's Transitional namespace, with its relationships namespace. */
const RELATIONSHIPS_FOR_MAIN = new Map([
  [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  ],
  [
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
  ],
]);

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** Position among the sheets, as `localSheetId` counts them. */
  readonly index: number;
}

export interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  /** The formula text, e.g. `'Annex I'!$1:$4`. */
  readonly formula: string;
  readonly hidden?: boolean;
  readonly comment?: string;
}

function sameName(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}

/** The names Excel reserves for print settings; a replaced sheet gets fresh ones. */
const PRINT_NAMES = new Set(["_xlnm.print_titles", "_xlnm.print_area"]);

/** The elements the schema puts after definedNames, where a new definedNames block goes before. */
const AFTER_DEFINED_NAMES = new Set([
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/** Reads and edits `xl/workbook.xml` through the XML view: what it does not change stays as it was. */
export class WorkbookPart {
  private readonly part: XmlPart;
  private readonly main: string;
  private readonly relationships: string;

  constructor(xml: string) {
    this.part = new XmlPart(xml);
    const root = this.part.root;
    if (root.uri === STRICT_MAIN) {
      throw new XlsxWriteError(
        "it is a Strict Open XML Spreadsheet, not an Excel workbook (.xlsx); open it in Excel, save it as an Excel Workbook (.xlsx) and try again.",
      );
    }
    const relationships = RELATIONSHIPS_FOR_MAIN.get(root.uri);
    if (root.local !== "workbook" || relationships === undefined) {
      throw new XlsxWriteError("its workbook part is not a SpreadsheetML workbook.");
    }
    this.main = root.uri;
    this.relationships = relationships;
    if (!this.sheetsElement())
      throw new XlsxWriteError("its workbook part lists no sheets (<sheets> is missing).");
  }

  sheets(): WorkbookSheet[] {
    const sheets = this.sheetsElement();
    if (!sheets) return [];
    return this.part.childrenOf(sheets, this.main, "sheet").map((element, index) => ({
      name: attributeOf(element, "name") ?? "",
      sheetId: Number(attributeOf(element, "sheetId") ?? 0),
      relationshipId: attributeOf(element, "id", this.relationships) ?? "",
      index,
    }));
  }

  definedNames(): DefinedName[] {
    return this.definedNameElements().map(({ name }) => name);
  }

  /** The kind of each generated sheet (marked by either scheme), by sheet index. */
  generatedSheetKinds(): Map<number, SheetKind> {
    const sheets = this.sheets();
    const kinds = new Map<number, SheetKind>();
    for (const { meaning } of this.markers(sheets)) {
      const index = sheets.findIndex((sheet) => sameName(meaning.sheet, sheet.name));
      if (index >= 0 && meaning.role.kind === "generated") kinds.set(index, meaning.role.layout);
    }
    return kinds;
  }

  /** Every defined name of the workbook, in order. */
  names(): string[] {
    return this.definedNames().map((name) => name.name);
  }

  /** Appends a sheet entry; returns its position. */
  addSheet(name: string, relationshipId: string): number {
    const sheets = this.sheetsElement();
    if (!sheets) throw new XlsxWriteError("its workbook part lists no sheets.");
    const sheetIds = this.sheets().map((sheet) => sheet.sheetId);
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const rName = this.part.qualifiedName(sheets, this.relationships, "id");
    const idAttribute =
      rName === null
        ? `xmlns:r="${this.relationships}" r:id="${escapeXmlAttribute(relationshipId)}"`
        : `${rName}="${escapeXmlAttribute(relationshipId)}"`;
    const entry = `<${this.q(sheets, "sheet")} name="${escapeXmlAttribute(name)}" sheetId="${sheetId}" ${idAttribute}/>`;
    this.part.appendChildren(sheets, entry);
    return sheetIds.length;
  }

  /** Removes a sheet's print settings and the markers that say it was generated, in either scheme. */
  removeSheetScopedNames(sheetIndex: number): void {
    const sheets = this.sheets();
    const sheet = sheets[sheetIndex];
    const markers = new Set(
      this.markers(sheets)
        .filter(({ meaning }) => sheet !== undefined && sameName(meaning.sheet, sheet.name))
        .map(({ element }) => element),
    );
    const doomed = this.definedNameElements().filter(
      ({ element, name }) =>
        markers.has(element) ||
        (name.localSheetId === sheetIndex && PRINT_NAMES.has(name.name.toLowerCase())),
    );
    this.part.remove(doomed.map(({ element }) => element));
  }

  addDefinedNames(names: readonly DefinedName[]): void {
    if (names.length === 0) return;
    const root = this.part.root;
    const block = this.part.childrenOf(root, this.main, "definedNames")[0];
    const elements = names.map((name) => this.definedNameElement(block ?? root, name)).join("");
    if (block) {
      this.part.appendChildren(block, elements);
      return;
    }
    const markup = `<${this.q(root, "definedNames")}>${elements}</${this.q(root, "definedNames")}>`;
    const later = root.children.find(
      (child) => child.uri === this.main && AFTER_DEFINED_NAMES.has(child.local),
    );
    if (later) this.part.insertBefore(later, markup);
    else this.part.appendChildren(root, markup);
  }

  /** Rewrites each defined name's formula (print areas and titles included) where `shift` changes it. */
  shiftDefinedNames(shift: (formula: string) => string): void {
    const count = this.definedNameElements().length;
    for (let index = 0; index < count; index++) {
      // Each edit parses the part again: the elements are found afresh.
      const entry = this.definedNameElements()[index];
      if (!entry) continue;
      const shifted = shift(entry.name.formula);
      if (shifted !== entry.name.formula) this.part.replaceContent(entry.element, escapeXmlText(shifted));
    }
  }

  /**
   * Asks Excel to recalculate every formula when the workbook is next opened: after rows were deleted,
   * the values saved beside the shifted formulas (a sum that lost rows, a #REF!) are no longer theirs.
   */
  recalculateOnOpen(): void {
    const root = this.part.root;
    const settings = this.part.childrenOf(root, this.main, "calcPr")[0];
    if (settings) {
      this.part.appendChildren(settings, "", { fullCalcOnLoad: "1" });
      return;
    }
    const markup = `<${this.q(root, "calcPr")} fullCalcOnLoad="1"/>`;
    // calcPr comes right after definedNames in the schema's order.
    const later = root.children.find(
      (child) => child.uri === this.main && AFTER_DEFINED_NAMES.has(child.local) && child.local !== "calcPr",
    );
    if (later) this.part.insertBefore(later, markup);
    else this.part.appendChildren(root, markup);
  }

  toXml(): string {
    return this.part.toString();
  }

  private definedNameElement(parent: XmlElement, name: DefinedName): string {
    const scope = name.localSheetId === null ? "" : ` localSheetId="${name.localSheetId}"`;
    const hidden = name.hidden ? ` hidden="1"` : "";
    const comment = name.comment === undefined ? "" : ` comment="${escapeXmlAttribute(name.comment)}"`;
    const qname = this.q(parent, "definedName");
    return `<${qname} name="${escapeXmlAttribute(name.name)}"${comment}${scope}${hidden}>${escapeXmlText(name.formula)}</${qname}>`;
  }

  /** The defined names that are markers of generated sheets, with what they mean. */
  private markers(sheets: readonly WorkbookSheet[]) {
    return this.definedNameElements().flatMap(({ element, name }) => {
      const { localSheetId, formula, comment } = name;
      const scope = localSheetId === null ? null : (sheets[localSheetId]?.name ?? null);
      if (localSheetId !== null && scope === null) return [];
      const meaning = markerOf({ name: name.name, scope, formula, comment: comment ?? "" });
      return meaning ? [{ element, meaning }] : [];
    });
  }

  private definedNameElements(): { name: DefinedName; element: XmlElement }[] {
    const block = this.part.childrenOf(this.part.root, this.main, "definedNames")[0];
    if (!block) return [];
    return this.part.childrenOf(block, this.main, "definedName").map((element) => {
      const scope = attributeOf(element, "localSheetId");
      const hidden = attributeOf(element, "hidden");
      return {
        name: {
          name: attributeOf(element, "name") ?? "",
          localSheetId: scope === undefined ? null : Number(scope),
          formula: element.text,
          hidden: hidden === "1" || hidden === "true",
          comment: attributeOf(element, "comment") ?? "",
        },
        element,
      };
    });
  }

  private sheetsElement(): XmlElement | undefined {
    return this.part.childrenOf(this.part.root, this.main, "sheets")[0];
  }

  /** The name for a new SpreadsheetML element inside `parent` (the root's namespace is in scope everywhere). */
  private q(parent: XmlElement, local: string): string {
    const name = this.part.qualifiedName(parent, this.main, local);
    if (name === null) throw new XlsxWriteError("its workbook part binds no prefix to SpreadsheetML.");
    return name;
  }
}
