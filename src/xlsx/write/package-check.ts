import { ContentTypesPart } from "./content-types-part";
import { ownerOfRelationships } from "./part-removal";
import type { PartStore } from "./part-store";
import {
  CONTENT_TYPES,
  CONTENT_TYPES_PATH,
  RELATIONSHIP_TYPES,
  actualPath,
  parseRelationships,
  readPart,
  relationshipsPathOf,
  resolveTarget,
} from "./package-parts";
import { WorkbookPart } from "./workbook-part";

/**
 * What Excel checks when it opens a package, checked on the package about to be written: every internal
 * relationship points at a part that exists, every part has a content type, and the workbook lists every
 * worksheet part and no other. Returns the first problem, or null. An output that fails is not written.
 */
export async function packageProblem(zip: PartStore, workbookPath: string): Promise<string | null> {
  const names = zip.names();
  const contentTypesXml = await readPart(zip, CONTENT_TYPES_PATH);
  if (contentTypesXml === null) return "it would have no [Content_Types].xml";
  const contentTypes = new ContentTypesPart(contentTypesXml);
  for (const name of names) {
    if (name === actualPath(zip, CONTENT_TYPES_PATH)) continue;
    if (contentTypes.typeOf(name) === null) return `its part '${name}' would have no content type`;
  }
  for (const relsPath of names) {
    const owner = ownerOfRelationships(relsPath);
    if (owner === null) continue;
    const problem = await danglingRelationship(zip, relsPath, owner);
    if (problem !== null) return problem;
  }
  return worksheetProblem(zip, workbookPath, names, contentTypes);
}

async function danglingRelationship(zip: PartStore, relsPath: string, owner: string): Promise<string | null> {
  // A part the writer made from a list is checked on that list, exactly what parsing it would give.
  const relationships =
    zip.writtenRelationships(relsPath) ?? parseRelationships((await readPart(zip, relsPath)) ?? "", relsPath);
  for (const relationship of relationships) {
    if (relationship.external) continue;
    const target = resolveTarget(owner, relationship.target);
    if (actualPath(zip, target) === null) {
      return `its part '${relsPath}' would point at '${target}', which is not in the package`;
    }
  }
  return null;
}

async function worksheetProblem(
  zip: PartStore,
  workbookPath: string,
  names: readonly string[],
  contentTypes: ContentTypesPart,
): Promise<string | null> {
  const workbook = new WorkbookPart((await readPart(zip, workbookPath)) ?? "");
  const relsPath = relationshipsPathOf(workbookPath);
  const relationships = parseRelationships((await readPart(zip, relsPath)) ?? "", relsPath);
  const listed = new Set<string>();
  for (const sheet of workbook.sheets()) {
    const relationship = relationships.find((r) => r.id === sheet.relationshipId);
    if (!relationship) return `its sheet '${sheet.name}' would point at no part`;
    if (relationship.type !== RELATIONSHIP_TYPES.worksheet || relationship.external) continue;
    const path = actualPath(zip, resolveTarget(workbookPath, relationship.target));
    if (path === null) return `its sheet '${sheet.name}' would point at a missing part`;
    listed.add(path);
  }
  for (const name of names) {
    if (contentTypes.typeOf(name) === CONTENT_TYPES.worksheet && !listed.has(name)) {
      return `its worksheet part '${name}' would not be listed in the workbook`;
    }
  }
  return null;
}
