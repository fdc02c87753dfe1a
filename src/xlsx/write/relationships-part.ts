import { XmlPart } from "../xml/xml-part";
import { escapeXmlAttribute, xmlValueAsRead } from "./xml-text";
import { XlsxWriteError } from "./write-error";

export const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A relationships part (".rels"), read and edited through the XML view. */
export class RelationshipsPart {
  private readonly part: XmlPart;

  /** `path` names the part in messages. */
  constructor(
    xml: string,
    private readonly path: string,
  ) {
    this.part = new XmlPart(xml);
    const root = this.part.root;
    if (root.uri !== RELATIONSHIPS_NAMESPACE || root.local !== "Relationships") {
      throw new XlsxWriteError(`its part '${path}' is not a relationships part.`);
    }
  }

  list(): Relationship[] {
    return this.part.childrenOf(this.part.root, RELATIONSHIPS_NAMESPACE, "Relationship").map((element) => {
      const value = (name: string) => element.attributes.find((a) => a.uri === "" && a.local === name)?.value;
      return {
        id: value("Id") ?? "",
        type: value("Type") ?? "",
        target: value("Target") ?? "",
        external: value("TargetMode") === "External",
      };
    });
  }

  add(relationships: readonly Relationship[]): void {
    const name = this.part.qualifiedName(this.part.root, RELATIONSHIPS_NAMESPACE, "Relationship");
    if (name === null) throw new XlsxWriteError(`its part '${this.path}' is not a relationships part.`);
    this.part.appendChildren(this.part.root, relationships.map((r) => relationshipElement(name, r)).join(""));
  }

  remove(ids: ReadonlySet<string>): void {
    const doomed = this.part
      .childrenOf(this.part.root, RELATIONSHIPS_NAMESPACE, "Relationship")
      .filter((element) =>
        ids.has(element.attributes.find((a) => a.uri === "" && a.local === "Id")?.value ?? ""),
      );
    this.part.remove(doomed);
  }

  toXml(): string {
    return this.part.toString();
  }
}

/** A complete relationships part, for a new part's relationships. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const entries = relationships.map((r) => relationshipElement("Relationship", r)).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${entries}</Relationships>`;
}

/**
 * The relationships a parser reads back from `relationshipsXml(relationships)`: the same, with the
 * characters XML cannot carry as U+FFFD (as escapeXmlAttribute writes them).
 */
export function relationshipsAsRead(relationships: readonly Relationship[]): Relationship[] {
  return relationships.map((r) => ({
    id: xmlValueAsRead(r.id),
    type: xmlValueAsRead(r.type),
    target: xmlValueAsRead(r.target),
    external: r.external,
  }));
}

/** "rIdN" with N above every numbered id in use, so it never clashes. */
export function nextRelationshipId(relationships: readonly Relationship[]): string {
  const numbers = relationships
    .map((r) => (r.id.startsWith("rId") ? Number(r.id.slice(3)) : 0))
    .map((n) => (Number.isInteger(n) && n > 0 ? n : 0));
  return `rId${Math.max(0, ...numbers) + 1}`;
}

function relationshipElement(name: string, r: Relationship): string {
  const mode = r.external ? ' TargetMode="External"' : "";
  return `<${name} Id="${escapeXmlAttribute(r.id)}" Type="${escapeXmlAttribute(r.type)}" Target="${escapeXmlAttribute(r.target)}"${mode}/>`;
}
