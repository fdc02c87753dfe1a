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
  if (!isRelationshipsPart) throw new XlsxWriteError(`its part '${path}' is not a relationships part.`);
  return relationships;
}

function isNamed(tag: SaxesTagNS, local: string): boolean {
  return tag.uri === RELATIONSHIPS_NAMESPACE && tag.local === local;
}

function relationshipOf(tag: SaxesTagNS): Relationship {
  const value = (name: string): string | undefined => {
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === "" && attribute.local === name) return attribute.value;
    }
    return undefined;
  };
  return {
    id: value("Id") ?? "",
    type: value("Type") ?? "",
    target: value("Target") ?? "",
    external: value("TargetMode") === "External",
  };
}
