import type { PartStore } from "./part-store";
import {
  actualPath,
  CONTENT_TYPES_PATH,
  parseRelationships,
  readPart,
  relationshipsPathOf,
  resolveTarget,
  type Relationship,
} from "./package-parts";

/**
 * The relationship types (their last segment) of parts that belong to one sheet: its drawing, the
 * drawing's charts and pictures, comments and their shapes. Anything else a sheet points to (a table,
 * a pivot table, a shared part) is not removed with it.
 */
const SHEET_OWNED_TYPES = new Set([
  "drawing",
  "chart",
  "chartUserShapes",
  "chartStyle",
  "chartColorStyle",
  "image",
  "comments",
  "vmlDrawing",
  "threadedComment",
  "printerSettings",
]);

/**
 * Before a generated sheet is written again over its own part: removes the parts only it used (its
 * drawing, the charts of that drawing, comments, anything Excel added under them) and its relationships
 * part. A part that anything else still refers to is kept, and so is every package-level part
 * (`protectedParts`: the content types, the package relationships and what they point to, the workbook
 * and every part it points to), whatever a crafted relationship says. Returns the removed parts.
 */
export async function removeDependentParts(
  zip: PartStore,
  sheetPath: string,
  protectedParts: ReadonlySet<string>,
): Promise<string[]> {
  const isProtected = (part: string) => protectedParts.has(part.toLowerCase()) || isPackageLevel(part);
  const referrers = await referrersByPart(zip);
  const doomed = new Set<string>();
  const queue = await ownedTargets(zip, sheetPath);
  for (let part = queue.shift(); part !== undefined; part = queue.shift()) {
    if (doomed.has(part) || part === sheetPath || isProtected(part)) continue;
    const others = [...(referrers.get(part) ?? [])].filter(
      (owner) => owner !== sheetPath && !doomed.has(owner),
    );
    if (others.length > 0) continue;
    doomed.add(part);
    queue.push(...(await ownedTargets(zip, part)));
  }
  for (const part of [sheetPath, ...doomed]) {
    const rels = actualPath(zip, relationshipsPathOf(part));
    if (rels !== null && !isProtected(rels)) zip.remove(rels);
  }
  for (const part of doomed) zip.remove(part);
  return [...doomed];
}

/** Package-level parts by name: never one sheet's, whatever points at them. */
export function isPackageLevel(part: string): boolean {
  const lower = part.toLowerCase();
  return (
    lower === CONTENT_TYPES_PATH.toLowerCase() ||
    lower === "_rels/.rels" ||
    lower.startsWith("docprops/") ||
    lower.startsWith("customxml/") ||
    !lower.includes("/")
  );
}

async function ownedTargets(zip: PartStore, part: string): Promise<string[]> {
  return (await internalRelationships(zip, part))
    .filter(({ relationship }) => SHEET_OWNED_TYPES.has(lastSegment(relationship.type)))
    .map(({ path }) => path);
}

async function internalRelationships(
  zip: PartStore,
  part: string,
): Promise<{ relationship: Relationship; path: string }[]> {
  const relsPath = relationshipsPathOf(part);
  const xml = await readPart(zip, relsPath);
  if (xml === null) return [];
  return parseRelationships(xml, relsPath).flatMap((relationship) => {
    if (relationship.external) return [];
    const path = actualPath(zip, resolveTarget(part, relationship.target));
    return path === null ? [] : [{ relationship, path }];
  });
}

/** For each part, the parts whose relationships point at it. */
async function referrersByPart(zip: PartStore): Promise<Map<string, Set<string>>> {
  const referrers = new Map<string, Set<string>>();
  for (const relsFile of zip.names()) {
    const owner = ownerOfRelationships(relsFile);
    if (owner === null) continue;
    for (const { path } of await internalRelationships(zip, owner)) {
      const set = referrers.get(path) ?? new Set<string>();
      set.add(owner);
      referrers.set(path, set);
    }
  }
  return referrers;
}

/** "xl/worksheets/sheet1.xml" for "xl/worksheets/_rels/sheet1.xml.rels"; "" for "_rels/.rels"; else null. */
export function ownerOfRelationships(path: string): string | null {
  if (!path.endsWith(".rels")) return null;
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash + 1);
  if (!folder.endsWith("_rels/")) return null;
  return `${folder.slice(0, -"_rels/".length)}${path.slice(slash + 1, -".rels".length)}`;
}

function lastSegment(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}
