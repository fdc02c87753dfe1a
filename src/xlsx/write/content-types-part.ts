import { attributeOf, XmlPart } from "../xml/xml-part";
import { escapeXmlAttribute } from "./xml-text";
import { XlsxWriteError } from "./write-error";

export const CONTENT_TYPES_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/content-types";

/** `[Content_Types].xml`: the content type of every part, by override or by extension. */
export class ContentTypesPart {
  private readonly part: XmlPart;

  constructor(xml: string) {
    this.part = new XmlPart(xml);
    if (this.part.root.uri !== CONTENT_TYPES_NAMESPACE || this.part.root.local !== "Types") {
      throw new XlsxWriteError("its part '[Content_Types].xml' is not a content types part.");
    }
  }

  /** The content type of a part ("xl/workbook.xml"), or null when none is declared. */
  typeOf(partPath: string): string | null {
    const wanted = `/${partPath}`.toLowerCase();
    for (const override of this.elements("Override")) {
      if ((attributeOf(override, "PartName") ?? "").toLowerCase() === wanted) {
        return attributeOf(override, "ContentType") ?? null;
      }
    }
    const dot = partPath.lastIndexOf(".");
    const extension = dot < 0 ? "" : partPath.slice(dot + 1).toLowerCase();
    for (const element of this.elements("Default")) {
      if ((attributeOf(element, "Extension") ?? "").toLowerCase() === extension) {
        return attributeOf(element, "ContentType") ?? null;
      }
    }
    return null;
  }

  /** Declares (or re-declares) a part's content type. */
  override(partPath: string, contentType: string): void {
    this.remove(partPath);
    const name = this.part.qualifiedName(this.part.root, CONTENT_TYPES_NAMESPACE, "Override");
    if (name === null)
      throw new XlsxWriteError("its part '[Content_Types].xml' is not a content types part.");
    this.part.appendChildren(
      this.part.root,
      `<${name} PartName="${escapeXmlAttribute(`/${partPath}`)}" ContentType="${escapeXmlAttribute(contentType)}"/>`,
    );
  }

  /** Drops the override of a removed part. */
  remove(partPath: string): void {
    const wanted = `/${partPath}`.toLowerCase();
    this.part.remove(
      this.elements("Override").filter((o) => (attributeOf(o, "PartName") ?? "").toLowerCase() === wanted),
    );
  }

  /** Drops the by-extension declarations of these content types (e.g. "bin" for macros). */
  removeDefaults(contentTypes: ReadonlySet<string>): void {
    this.part.remove(
      this.elements("Default").filter((d) => contentTypes.has(attributeOf(d, "ContentType") ?? "")),
    );
  }

  toXml(): string {
    return this.part.toString();
  }

  private elements(local: string) {
    return this.part.childrenOf(this.part.root, CONTENT_TYPES_NAMESPACE, local);
  }
}
