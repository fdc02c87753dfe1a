import { LEGACY_SHEET_MARK, markerOf } from "../../layout/generated-marker";
import type { SheetKind } from "../../layout/model";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";
import { NAMESPACES } from "./package-parts";
import {
  appendChildren,
  elementText,
  findElement,
  findElements,
  prefixForNamespace,
  qualified,
  rootPrefix,
  splice,
} from "./xml-edit";

/**
 * The legacy marker of generated sheets: a hidden, sheet-scoped defined name whose value is the sheet
 * kind. Still recognised; sheets are now marked as the add-in marks them (src/layout/generated-marker.ts).
 */
export const GENERATED_SHEET_MARK = LEGACY_SHEET_MARK;

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

/** Reads and edits `xl/workbook.xml` by small insertions (see xml-edit.ts for why). */
export class WorkbookPart {
  private xml: string;
  private readonly prefix: string;
  private readonly relationshipsPrefix: string | null;

  constructor(xml: string) {
    this.xml = xml;
    this.prefix = prefixForNamespace(xml, NAMESPACES.spreadsheetMain) ?? rootPrefix(xml);
    this.relationshipsPrefix = prefixForNamespace(xml, NAMESPACES.officeRelationships);
    if (!findElement(xml, this.q("sheets")))
      throw new Error("The workbook part lists no sheets (<sheets> is missing).");
  }

  sheets(): WorkbookSheet[] {
    const sheetsSpan = findElement(this.xml, this.q("sheets"));
    const inside = sheetsSpan ? this.xml.slice(sheetsSpan.contentStart, sheetsSpan.contentEnd) : "";
    return findElements(inside, this.q("sheet")).map((span, index) => ({
      name: span.attributes.get("name") ?? "",
      sheetId: Number(span.attributes.get("sheetId") ?? 0),
      relationshipId: this.relationshipIdOf(span.attributes),
      index,
    }));
  }

  definedNames(): DefinedName[] {
    return this.definedNameSpans().map(({ name }) => name);
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
    const sheetIds = this.sheets().map((sheet) => sheet.sheetId);
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const idAttribute =
      this.relationshipsPrefix === null
        ? `xmlns:r="${NAMESPACES.officeRelationships}" r:id="${relationshipId}"`
        : `${qualified(this.relationshipsPrefix, "id")}="${relationshipId}"`;
    const entry = `<${this.q("sheet")} name="${escapeXmlAttribute(name)}" sheetId="${sheetId}" ${idAttribute}/>`;
    const sheetsSpan = findElement(this.xml, this.q("sheets"));
    if (!sheetsSpan) throw new Error("The workbook part lists no sheets.");
    this.xml = appendChildren(this.xml, sheetsSpan, this.q("sheets"), entry);
    return sheetIds.length;
  }

  /** Removes a sheet's print settings and the markers that say it was generated, in either scheme. */
  removeSheetScopedNames(sheetIndex: number): void {
    const sheets = this.sheets();
    const sheet = sheets[sheetIndex];
    const markers = new Set(
      this.markers(sheets)
        .filter(({ meaning }) => sheet !== undefined && sameName(meaning.sheet, sheet.name))
        .map(({ span }) => span.start),
    );
    const doomed = this.definedNameSpans().filter(
      (span) =>
        markers.has(span.start) ||
        (span.name.localSheetId === sheetIndex && PRINT_NAMES.has(span.name.name.toLowerCase())),
    );
    this.xml = doomed.reduceRight((xml, { start, end }) => splice(xml, start, end, ""), this.xml);
  }

  addDefinedNames(names: readonly DefinedName[]): void {
    if (names.length === 0) return;
    const elements = names
      .map((name) => {
        const scope = name.localSheetId === null ? "" : ` localSheetId="${name.localSheetId}"`;
        const hidden = name.hidden ? ` hidden="1"` : "";
        const comment = name.comment === undefined ? "" : ` comment="${escapeXmlAttribute(name.comment)}"`;
        return `<${this.q("definedName")} name="${escapeXmlAttribute(name.name)}"${comment}${scope}${hidden}>${escapeXmlText(name.formula)}</${this.q("definedName")}>`;
      })
      .join("");
    const qname = this.q("definedNames");
    const span = findElement(this.xml, qname);
    if (span) {
      this.xml = appendChildren(this.xml, span, qname, elements);
      return;
    }
    const at = this.definedNamesInsertionPoint();
    this.xml = splice(this.xml, at, at, `<${qname}>${elements}</${qname}>`);
  }

  toXml(): string {
    return this.xml;
  }

  /** The defined names that are markers of generated sheets, with what they mean. */
  private markers(sheets: readonly WorkbookSheet[]) {
    return this.definedNameSpans().flatMap((span) => {
      const { name, localSheetId, formula, comment } = span.name;
      const scope = localSheetId === null ? null : (sheets[localSheetId]?.name ?? null);
      if (localSheetId !== null && scope === null) return [];
      const meaning = markerOf({ name, scope, formula, comment: comment ?? "" });
      return meaning ? [{ span, meaning }] : [];
    });
  }

  private definedNameSpans(): { name: DefinedName; start: number; end: number }[] {
    const block = findElement(this.xml, this.q("definedNames"));
    if (!block) return [];
    const inside = this.xml.slice(block.contentStart, block.contentEnd);
    return findElements(inside, this.q("definedName")).map((span) => {
      const scope = span.attributes.get("localSheetId");
      return {
        name: {
          name: span.attributes.get("name") ?? "",
          localSheetId: scope === undefined ? null : Number(scope),
          formula: elementText(inside, span),
          hidden: span.attributes.get("hidden") === "1" || span.attributes.get("hidden") === "true",
          comment: span.attributes.get("comment") ?? "",
        },
        start: block.contentStart + span.start,
        end: block.contentStart + span.elementEnd,
      };
    });
  }

  /** definedNames come after sheets (and functionGroups, externalReferences), before calcPr and the rest. */
  private definedNamesInsertionPoint(): number {
    for (const later of [
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
    ]) {
      const span = findElement(this.xml, this.q(later));
      if (span) return span.start;
    }
    const close = this.xml.lastIndexOf(`</${this.q("workbook")}>`);
    if (close < 0) throw new Error("The workbook part is not well-formed: </workbook> is missing.");
    return close;
  }

  private relationshipIdOf(attributes: ReadonlyMap<string, string>): string {
    if (this.relationshipsPrefix !== null) {
      const id = attributes.get(qualified(this.relationshipsPrefix, "id"));
      if (id !== undefined) return id;
    }
    for (const [name, value] of attributes) if (name.endsWith(":id")) return value;
    return "";
  }

  private q(localName: string): string {
    return qualified(this.prefix, localName);
  }
}
