import type JSZip from "jszip";
import { openWorkbookPackage } from "./open-package";
import {
  CONTENT_TYPES,
  CONTENT_TYPES_PATH,
  RELATIONSHIP_TYPES,
  actualPath,
  freePartPath,
  nextRelationshipId,
  parseRelationships,
  readPart,
  relationshipsPathOf,
  relationshipsXml,
  relativeTarget,
  resolveTarget,
  withContentTypeOverride,
  withRelationships,
  withoutContentTypeOverride,
  withoutRelationships,
} from "./package-parts";
import { removeDependentParts } from "./part-removal";
import { MINIMAL_STYLES_XML, StylesPart } from "./styles-part";
import { WorkbookPart, type WorkbookSheet } from "./workbook-part";

/** Packages need no folder entries; JSZip would add one per new folder by default. */
const NO_FOLDER_ENTRIES = { createFolders: false } as const;

/**
 * One edit of an .xlsx package: the parts it extends (workbook.xml, its relationships, the content
 * types, styles.xml) are held as text and written back once, in `toBuffer`; new parts go straight in.
 */
export class PackageEdit {
  readonly workbook: WorkbookPart;
  private readonly workbookDir: string;
  private readonly workbookRelsPath: string;
  private readonly reservedPaths = new Set<string>();
  private styles: { path: string; part: StylesPart } | null = null;

  private constructor(
    private readonly zip: JSZip,
    private readonly workbookPath: string,
    workbookXml: string,
    private workbookRels: string,
    private contentTypes: string,
  ) {
    this.workbook = new WorkbookPart(workbookXml);
    this.workbookDir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
    this.workbookRelsPath =
      actualPath(zip, relationshipsPathOf(workbookPath)) ?? relationshipsPathOf(workbookPath);
  }

  static async open(input: Uint8Array): Promise<PackageEdit> {
    const { zip, workbookPath } = await openWorkbookPackage(input);
    const relsPath = actualPath(zip, relationshipsPathOf(workbookPath)) ?? relationshipsPathOf(workbookPath);
    return new PackageEdit(
      zip,
      workbookPath,
      (await readPart(zip, workbookPath)) ?? "",
      (await readPart(zip, relsPath)) ?? relationshipsXml([]),
      (await readPart(zip, CONTENT_TYPES_PATH)) ?? "",
    );
  }

  /** The workbook's styles part, created (with its relationship and content type) when it has none. */
  async stylesPart(): Promise<StylesPart> {
    if (this.styles) return this.styles.part;
    const relationship = parseRelationships(this.workbookRels).find(
      (r) => r.type === RELATIONSHIP_TYPES.styles && !r.external,
    );
    const declared = relationship ? resolveTarget(this.workbookPath, relationship.target) : null;
    const path = declared === null ? null : (actualPath(this.zip, declared) ?? declared);
    const xml = path === null ? null : await readPart(this.zip, path);
    if (path !== null) {
      this.styles = { path, part: new StylesPart(xml ?? MINIMAL_STYLES_XML) };
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
    const relationship = parseRelationships(this.workbookRels).find(
      (r) => r.id === sheet.relationshipId && !r.external,
    );
    if (!relationship || relationship.type !== RELATIONSHIP_TYPES.worksheet) return null;
    return actualPath(this.zip, resolveTarget(this.workbookPath, relationship.target));
  }

  /** Appends a new worksheet to the workbook; returns its position. */
  addWorksheet(name: string, path: string): number {
    const id = this.relateFromWorkbook(RELATIONSHIP_TYPES.worksheet, path);
    this.declare(path, CONTENT_TYPES.worksheet);
    return this.workbook.addSheet(name, id);
  }

  /** Clears a worksheet part for rewriting: drops its relationships and the parts only it used. */
  async clearWorksheet(path: string): Promise<void> {
    for (const removed of await removeDependentParts(this.zip, path)) {
      this.contentTypes = withoutContentTypeOverride(this.contentTypes, removed);
    }
  }

  writePart(path: string, xml: string, contentType?: string): void {
    this.zip.file(path, xml, NO_FOLDER_ENTRIES);
    if (contentType !== undefined) this.declare(path, contentType);
  }

  /**
   * Drops the calculation chain, a cache of formula cells by sheet: a rewritten sheet may have had
   * some. Excel rebuilds a missing chain silently, whereas a stale one makes it "repair" the file.
   */
  dropCalculationChain(): void {
    const chains = parseRelationships(this.workbookRels).filter(
      (r) => r.type === RELATIONSHIP_TYPES.calcChain && !r.external,
    );
    for (const chain of chains) {
      const path = actualPath(this.zip, resolveTarget(this.workbookPath, chain.target));
      if (path === null) continue;
      this.zip.remove(path);
      this.contentTypes = withoutContentTypeOverride(this.contentTypes, path);
    }
    if (chains.length > 0) {
      this.workbookRels = withoutRelationships(this.workbookRels, new Set(chains.map((chain) => chain.id)));
    }
  }

  async toBuffer(): Promise<Buffer> {
    this.zip.file(this.workbookPath, this.workbook.toXml(), NO_FOLDER_ENTRIES);
    this.zip.file(this.workbookRelsPath, this.workbookRels, NO_FOLDER_ENTRIES);
    if (this.styles) this.zip.file(this.styles.path, this.styles.part.toXml(), NO_FOLDER_ENTRIES);
    const contentTypesPath = actualPath(this.zip, CONTENT_TYPES_PATH) ?? CONTENT_TYPES_PATH;
    this.zip.file(contentTypesPath, this.contentTypes, NO_FOLDER_ENTRIES);
    return this.zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }

  private relateFromWorkbook(type: string, path: string): string {
    const id = nextRelationshipId(parseRelationships(this.workbookRels));
    const target = relativeTarget(this.workbookPath, path);
    this.workbookRels = withRelationships(this.workbookRels, [{ id, type, target, external: false }]);
    return id;
  }

  private declare(path: string, contentType: string): void {
    this.contentTypes = withContentTypeOverride(this.contentTypes, path, contentType);
  }
}
