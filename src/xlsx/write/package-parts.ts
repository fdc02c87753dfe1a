import { decodeXml } from "../xml/decode";
import type { PartStore } from "./part-store";
import { listRelationships } from "./relationship-list";
import type { Relationship } from "./relationships-part";

export { nextRelationshipId, relationshipsXml, type Relationship } from "./relationships-part";

/** Paths, relationships and content types of an Open Packaging Conventions package (the .xlsx zip). */

export const RELATIONSHIP_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export const NAMESPACES = {
  relationshipsPart: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  officeRelationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  spreadsheetMain: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
} as const;

export const CONTENT_TYPES_PATH = "[Content_Types].xml";

/** A part's text (UTF-8 or UTF-16), or null when the package has no such part. Part names are case-insensitive. */
export async function readPart(parts: PartStore, path: string): Promise<string | null> {
  const bytes = await parts.bytes(path);
  return bytes === null ? null : decodeXml(bytes);
}

/** The stored path of a part, matched case-insensitively, or null. */
export function actualPath(parts: PartStore, path: string): string | null {
  return parts.actualPath(path);
}

/** "xl/worksheets/_rels/sheet1.xml.rels" for "xl/worksheets/sheet1.xml"; "_rels/.rels" for the package. */
export function relationshipsPathOf(partPath: string): string {
  if (partPath === "") return "_rels/.rels";
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePart` points to ("" stands for the package itself). */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  const segments = [...base];
  for (const segment of target.replace(/^\//, "").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relative target from `sourcePart` to `targetPart`, e.g. "../drawings/drawing1.xml". */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared += 1;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

/** The relationships a .rels part lists; `path` names it in messages. */
export function parseRelationships(relsXml: string, path: string): Relationship[] {
  return listRelationships(relsXml, path);
}

/** The relationships of a part (empty when it has none). */
export async function relationshipsOf(zip: PartStore, partPath: string): Promise<Relationship[]> {
  const path = relationshipsPathOf(partPath);
  const xml = await readPart(zip, path);
  return xml === null ? [] : parseRelationships(xml, path);
}

/** The first free "dir/baseN.ext" (N from 1), case-insensitively, also avoiding names reserved in this run. */
export function freePartPath(
  zip: PartStore,
  reserved: Set<string>,
  dir: string,
  base: string,
  ext: string,
): string {
  const taken = new Set([...zip.names(), ...reserved].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = `${dir === "" ? "" : `${dir}/`}${base}${n}.${ext}`;
    if (!taken.has(candidate.toLowerCase())) {
      reserved.add(candidate);
      return candidate;
    }
  }
}
