import { SaxesParser, type SaxesTagNS } from "saxes";
import { XmlSyntaxError } from "../xml/tree";
import { RELATIONSHIPS_NAMESPACE, type Relationship } from "./relationships-part";
import { XlsxWriteError } from "./write-error";

/**
 * The relationships a .rels part lists, read as `RelationshipsPart.list()` reads them (the root's
 * <Relationship> children in the relationships namespace, unprefixed attributes), in one pass of the
 * same parser without building the part's tree. Why: the package check reads every .rels part of the
 * output and edits none, and an annex's holds thousands of links; the tree took twice as long.
 * Throws XmlSyntaxError for malformed XML, XlsxWriteError for a part that is not a relationships part.
 */
export function listRelationships(xml: string, path: string): Relationship[] {
  const plain = plainRelationships(xml);
  if (plain === null) return namespacedRelationships(xml, path);
  if (!plain.isRelationshipsPart) throw notRelationshipsPart(path);
  return plain.relationships;
}

/** The namespaces no document may make its default (the namespace-aware parser refuses them). */
const RESERVED_NAMESPACES = new Set([
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
]);

/**
 * The same reading, twice as fast, by the parser without namespace processing, for the documents where
 * that gives exactly what the namespace-aware parse gives: no prefix anywhere (no colon in an element,
 * attribute or processing-instruction name), no DOCTYPE, no reserved namespace made the default. Element
 * namespaces are then the default ones, declared by `xmlns` attributes. Returns null for any other
 * document, and for a malformed one, which the namespace-aware parse then reads (or refuses) as always.
 */
function plainRelationships(
  xml: string,
): { relationships: Relationship[]; isRelationshipsPart: boolean } | null {
  const parser = new SaxesParser();
  const relationships: Relationship[] = [];
  const defaults: string[] = [""];
  let isRelationshipsPart = false;
  let plain = true;
  parser.on("opentag", (tag) => {
    const declared = tag.attributes["xmlns"];
    const uri = declared === undefined ? (defaults[defaults.length - 1] as string) : declared.trim();
    if (tag.name.includes(":") || RESERVED_NAMESPACES.has(uri)) plain = false;
    for (const name in tag.attributes) if (name.includes(":")) plain = false;
    defaults.push(uri);
    const depth = defaults.length - 1;
    const inNamespace = uri === RELATIONSHIPS_NAMESPACE;
    if (depth === 1) isRelationshipsPart = inNamespace && tag.name === "Relationships";
    else if (depth === 2 && isRelationshipsPart && inNamespace && tag.name === "Relationship") {
      const value = (name: string): string | undefined => tag.attributes[name];
      relationships.push(relationshipFrom(value));
    }
  });
  parser.on("closetag", () => {
    defaults.pop();
  });
  parser.on("processinginstruction", (pi) => {
    if (pi.target.includes(":")) plain = false;
  });
  parser.on("doctype", () => {
    plain = false;
  });
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  return plain ? { relationships, isRelationshipsPart } : null;
}

/** The namespace-aware reading, for every document (tests hold the fast reading equal to it). */
export function namespacedRelationships(xml: string, path: string): Relationship[] {
  const parser = new SaxesParser({ xmlns: true });
  const relationships: Relationship[] = [];
  let depth = 0;
  let isRelationshipsPart = false;
  parser.on("opentag", (tag) => {
    depth += 1;
    if (depth === 1) isRelationshipsPart = isNamed(tag, "Relationships");
    else if (depth === 2 && isRelationshipsPart && isNamed(tag, "Relationship")) {
      relationships.push(relationshipOf(tag));
    }
  });
  parser.on("closetag", () => {
    depth -= 1;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (!isRelationshipsPart) throw notRelationshipsPart(path);
  return relationships;
}

function notRelationshipsPart(path: string): XlsxWriteError {
  return new XlsxWriteError(`its part '${path}' is not a relationships part.`);
}

function isNamed(tag: SaxesTagNS, local: string): boolean {
  return tag.uri === RELATIONSHIPS_NAMESPACE && tag.local === local;
}

function relationshipOf(tag: SaxesTagNS): Relationship {
  return relationshipFrom((name) => {
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === "" && attribute.local === name) return attribute.value;
    }
    return undefined;
  });
}

/** A relationship from its unprefixed attributes. */
function relationshipFrom(value: (name: string) => string | undefined): Relationship {
  return {
    id: value("Id") ?? "",
    type: value("Type") ?? "",
    target: value("Target") ?? "",
    external: value("TargetMode") === "External",
  };
}
