import { openWorkbookPackage } from "./open-package";
import { XmlSyntaxError } from "../xml/tree";
import { ContentTypesPart } from "./content-types-part";
import {
  CONTENT_TYPES,
  CONTENT_TYPES_PATH,
  RELATIONSHIP_TYPES,
  actualPath,
  freePartPath,
  nextRelationshipId,
  readPart,
  relationshipsOf,
  relationshipsPathOf,
  relationshipsXml,
  relativeTarget,
  resolveTarget,
} from "./package-parts";
import { RelationshipsPart } from "./relationships-part";
import { XlsxWriteError } from "./write-error";
import { dropMacros } from "./macro-parts";
import { packageProblem } from "./package-check";
import type { PartProducer, PartStore } from "./part-store";
import type { RelationshipList } from "./sheet-parts";
import { isPackageLevel, removeDependentParts } from "./part-removal";
import { MINIMAL_STYLES_XML, StylesPart } from "./styles-part";
import { WorkbookPart, type WorkbookSheet } from "./workbook-part";
import { TABLE_CONTENT_TYPE } from "./table-xml";
import { attributeOf, XmlPart } from "../xml/xml-part";

/**
 * One edit of an .xlsx package: the parts it extends (workbook.xml, its relationships, the content
 * types, styles.xml) are held as parsed XML parts (src/xlsx/xml) and written back once, in `toBuffer`;
 * new parts go straight in.
 */
export class PackageEdit {
  readonly workbook: WorkbookPart;
  private readonly workbookDir: string;
  private readonly workbookRelsPath: string;
  private readonly reservedPaths = new Set<string>();
  private styles: { path: string; part: StylesPart } | null = null;

  private constructor(
    private readonly zip: PartStore,
    private readonly workbookPath: string,
    workbookXml: string,
    private readonly workbookRels: RelationshipsPart,
    private readonly contentTypes: ContentTypesPart,
  ) {
    this.workbook = new WorkbookPart(workbookXml);
    this.workbookDir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
    this.workbookRelsPath =
      actualPath(zip, relationshipsPathOf(workbookPath)) ?? relationshipsPathOf(workbookPath);
  }

  static async open(input: Uint8Array): Promise<PackageEdit> {
    const { zip, workbookPath } = await openWorkbookPackage(input);
    const relsPath = actualPath(zip, relationshipsPathOf(workbookPath)) ?? relationshipsPathOf(workbookPath);
    const workbookXml = (await readPart(zip, workbookPath)) ?? "";
    const relsXml = (await readPart(zip, relsPath)) ?? relationshipsXml([]);
    const contentTypesXml = (await readPart(zip, CONTENT_TYPES_PATH)) ?? "";
    return parsingPart(workbookPath, () => {
      const rels = parsingPart(relsPath, () => new RelationshipsPart(relsXml, relsPath));
      const types = parsingPart(CONTENT_TYPES_PATH, () => new ContentTypesPart(contentTypesXml));
      const edit = new PackageEdit(zip, workbookPath, workbookXml, rels, types);
      const macros = dropMacros(zip, types, workbookPath, rels);
      for (const name of macros) zip.remove(relationshipsPathOf(name));
      return edit;
    });
  }

  /** The workbook's styles part, created (with its relationship and content type) when it has none. */
  async stylesPart(): Promise<StylesPart> {
    if (this.styles) return this.styles.part;
    const relationship = this.workbookRels
      .list()
      .find((r) => r.type === RELATIONSHIP_TYPES.styles && !r.external);
    const declared = relationship ? resolveTarget(this.workbookPath, relationship.target) : null;
    const path = declared === null ? null : (actualPath(this.zip, declared) ?? declared);
    const xml = path === null ? null : await readPart(this.zip, path);
    if (path !== null) {
      const part = parsingPart(path, () => new StylesPart(xml ?? MINIMAL_STYLES_XML));
      this.styles = { path, part };
      return this.styles.part;
    }
    // The conventional name first: some readers (ExcelJS among them) look for xl/styles.xml by name.
    const conventional = `${this.workbookDir}styles.xml`;
    const newPath =
      actualPath(this.zip, conventional) === null ? conventional : this.newPartPath("", "styles");
    this.relateFromWorkbook(RELATIONSHIP_TYPES.styles, newPath);
    this.declare(newPath, CONTENT_TYPES.styles);
    this.styles = { path: newPath, part: new StylesPart(MINIMAL_STYLES_XML) };
    return this.styles.part;
  }

  /** A free "xl/<folder>/<base>N.xml". */
  newPartPath(folder: string, base: string): string {
    return freePartPath(
      this.zip,
      this.reservedPaths,
      `${this.workbookDir}${folder}`.replace(/\/$/, ""),
      base,
      "xml",
    );
  }

  /** The worksheet part behind a workbook entry, or null (e.g. a chart sheet). */
  worksheetPathOf(sheet: WorkbookSheet): string | null {
    const relationship = this.workbookRels.list().find((r) => r.id === sheet.relationshipId && !r.external);
    if (!relationship || relationship.type !== RELATIONSHIP_TYPES.worksheet) return null;
    const path = actualPath(this.zip, resolveTarget(this.workbookPath, relationship.target));
    // A crafted entry may point a "sheet" at a package part; only a real worksheet part is ever rewritten.
    if (path === null || isPackageLevel(path) || path === this.workbookPath) return null;
    return this.contentTypes.typeOf(path) === CONTENT_TYPES.worksheet ? path : null;
  }

  /** Appends a new worksheet to the workbook; returns its position. */
  addWorksheet(name: string, path: string): number {
    const id = this.relateFromWorkbook(RELATIONSHIP_TYPES.worksheet, path);
    this.declare(path, CONTENT_TYPES.worksheet);
    return this.workbook.addSheet(name, id);
  }

  /** Clears a worksheet part for rewriting: drops its relationships and the parts only it used. */
  async clearWorksheet(path: string): Promise<void> {
    const removed = await removeDependentParts(this.zip, path, await this.packageLevelParts(path));
    for (const part of removed) this.contentTypes.remove(part);
  }

  /** The parts no sheet owns: what the package and the workbook point to (other than `sheetPath`). */
  private async packageLevelParts(sheetPath: string): Promise<Set<string>> {
    const parts = new Set([CONTENT_TYPES_PATH, "_rels/.rels", this.workbookPath, this.workbookRelsPath]);
    for (const r of await relationshipsOf(this.zip, "")) parts.add(resolveTarget("", r.target));
    for (const r of this.workbookRels.list()) parts.add(resolveTarget(this.workbookPath, r.target));
    parts.delete(sheetPath);
    return new Set([...parts].map((part) => part.toLowerCase()));
  }

  /** A part's text, or null when the package has no such part. */
  async partText(path: string): Promise<string | null> {
    return readPart(this.zip, path);
  }

  /** The table parts a worksheet part relates to. */
  async tablePartsOf(worksheetPath: string): Promise<string[]> {
    const relationships = await relationshipsOf(this.zip, worksheetPath);
    return relationships
      .filter((r) => r.type === RELATIONSHIP_TYPES.table && !r.external)
      .flatMap((r) => actualPath(this.zip, resolveTarget(worksheetPath, r.target)) ?? []);
  }

  /** The ids and names of the tables already in the package: a new table's must differ from them all. */
  async tables(): Promise<{ ids: number[]; names: string[] }> {
    const found = { ids: [] as number[], names: [] as string[] };
    for (const path of this.zip.names()) {
      if (this.contentTypes.typeOf(path) !== TABLE_CONTENT_TYPE) continue;
      const xml = await readPart(this.zip, path);
      if (xml === null) continue;
      const root = parsingPart(path, () => new XmlPart(xml)).root;
      found.ids.push(Number(attributeOf(root, "id") ?? 0) || 0);
      found.names.push(
        ...[attributeOf(root, "name"), attributeOf(root, "displayName")].flatMap((n) => n ?? []),
      );
    }
    return found;
  }

  /** The package's parts of a content type (charts, say), by path. */
  partsOfType(contentType: string): string[] {
    return this.zip.names().filter((path) => this.contentTypes.typeOf(path) === contentType);
  }

  writePart(path: string, xml: string | RelationshipList, contentType?: string): void {
    if (typeof xml === "string") this.zip.write(path, xml);
    else this.zip.writeRelationships(path, xml.relationships);
    if (contentType !== undefined) this.declare(path, contentType);
  }

  /** Writes a part produced piece by piece (a generated worksheet), deflated as it comes. */
  async writeProducedPart(path: string, produce: PartProducer, contentType?: string): Promise<void> {
    await this.zip.writeProduced(path, produce);
    if (contentType !== undefined) this.declare(path, contentType);
  }

  /**
   * Drops the calculation chain, a cache of formula cells by sheet: a rewritten sheet may have had
   * some. Excel rebuilds a missing chain silently, whereas a stale one makes it "repair" the file.
   */
  dropCalculationChain(): void {
    const chains = this.workbookRels
      .list()
      .filter((r) => r.type === RELATIONSHIP_TYPES.calcChain && !r.external);
    for (const chain of chains) {
      const path = actualPath(this.zip, resolveTarget(this.workbookPath, chain.target));
      if (path === null) continue;
      this.zip.remove(path);
      this.contentTypes.remove(path);
    }
    this.workbookRels.remove(new Set(chains.map((chain) => chain.id)));
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.concat(await this.toPieces());
  }

  /** The edited package, checked, as the pieces of its archive in order (see PartStore.toPieces). */
  async toPieces(): Promise<Uint8Array[]> {
    this.zip.write(this.workbookPath, this.workbook.toXml());
    this.zip.write(this.workbookRelsPath, this.workbookRels.toXml());
    if (this.styles) this.zip.write(this.styles.path, this.styles.part.toXml());
    const contentTypesPath = actualPath(this.zip, CONTENT_TYPES_PATH) ?? CONTENT_TYPES_PATH;
    this.zip.write(contentTypesPath, this.contentTypes.toXml());
    const problem = await packageProblem(this.zip, this.workbookPath);
    if (problem !== null) {
      throw new XlsxWriteError(
        `the workbook cannot be written safely: ${problem}. No file was written; open the register in Excel, save it, and try again.`,
      );
    }
    return this.zip.toPieces();
  }

  private relateFromWorkbook(type: string, path: string): string {
    const id = nextRelationshipId(this.workbookRels.list());
    const target = relativeTarget(this.workbookPath, path);
    this.workbookRels.add([{ id, type, target, external: false }]);
    return id;
  }

  private declare(path: string, contentType: string): void {
    this.contentTypes.override(path, contentType);
  }
}

/** Runs a parse of a package part, turning malformed XML into a refusal that names the part. */
function parsingPart<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new XlsxWriteError(
        `its part '${path}' is not well-formed XML (${error.message}). Open the file in Excel, save it, and try again.`,
      );
    }
    throw error;
  }
}
