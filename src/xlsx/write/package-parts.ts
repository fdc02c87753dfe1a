import type JSZip from "jszip";
import { escapeXmlAttribute } from "./xml-text";
import {
  appendChildren,
  findElement,
  findElements,
  findStartTags,
  prefixForNamespace,
  qualified,
  splice,
} from "./xml-edit";

/** Paths, relationships and content types of an Open Packaging Conventions package (the .xlsx zip). */

export const RELATIONSHIP_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
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

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export const CONTENT_TYPES_PATH = "[Content_Types].xml";

/** A part's text, or null when the package has no such part. Part names are case-insensitive. */
export async function readPart(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(actualPath(zip, path) ?? path);
  return file ? file.async("string") : null;
}

/** The stored path of a part, matched case-insensitively, or null. */
export function actualPath(zip: JSZip, path: string): string | null {
  if (zip.file(path)) return path;
  const wanted = path.toLowerCase();
  return Object.keys(zip.files).find((name) => name.toLowerCase() === wanted) ?? null;
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

export function parseRelationships(relsXml: string): Relationship[] {
  const prefix = prefixForNamespace(relsXml, NAMESPACES.relationshipsPart) ?? "";
  return findStartTags(relsXml, qualified(prefix, "Relationship")).map((tag) => ({
    id: tag.attributes.get("Id") ?? "",
    type: tag.attributes.get("Type") ?? "",
    target: tag.attributes.get("Target") ?? "",
    external: tag.attributes.get("TargetMode") === "External",
  }));
}

/** The relationships of a part (empty when it has none). */
export async function relationshipsOf(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await readPart(zip, relationshipsPathOf(partPath));
  return xml === null ? [] : parseRelationships(xml);
}

/** A complete relationships part. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const entries = relationships.map(relationshipElement("")).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NAMESPACES.relationshipsPart}">${entries}</Relationships>`;
}

/** Adds relationships to an existing relationships part, keeping everything else as it is. */
export function withRelationships(relsXml: string, added: readonly Relationship[]): string {
  const prefix = prefixForNamespace(relsXml, NAMESPACES.relationshipsPart) ?? "";
  const qname = qualified(prefix, "Relationships");
  const root = findElement(relsXml, qname);
  if (!root) throw new Error("A relationships part of the workbook has no <Relationships> element.");
  return appendChildren(relsXml, root, qname, added.map(relationshipElement(prefix)).join(""));
}

/** Removes the relationships with the given ids. */
export function withoutRelationships(relsXml: string, ids: ReadonlySet<string>): string {
  const prefix = prefixForNamespace(relsXml, NAMESPACES.relationshipsPart) ?? "";
  const qname = qualified(prefix, "Relationship");
  const spans = findElements(relsXml, qname).filter((span) => ids.has(span.attributes.get("Id") ?? ""));
  return spans.reduceRight((xml, span) => splice(xml, span.start, span.elementEnd, ""), relsXml);
}

/** "rIdN" with N above every numbered id in use, so it never clashes. */
export function nextRelationshipId(relationships: readonly Relationship[]): string {
  const numbers = relationships
    .map((r) => /^rId(\d+)$/.exec(r.id)?.[1])
    .map((n) => (n === undefined ? 0 : Number(n)));
  return `rId${Math.max(0, ...numbers) + 1}`;
}

/** Content types: an Override for a new part. */
export function withContentTypeOverride(
  contentTypesXml: string,
  partPath: string,
  contentType: string,
): string {
  const prefix = prefixForNamespace(contentTypesXml, NAMESPACES.contentTypes) ?? "";
  const qname = qualified(prefix, "Types");
  const root = findElement(contentTypesXml, qname);
  if (!root) throw new Error("The workbook's [Content_Types].xml has no <Types> element.");
  const override = `<${qualified(prefix, "Override")} PartName="${escapeXmlAttribute(`/${partPath}`)}" ContentType="${contentType}"/>`;
  return appendChildren(contentTypesXml, root, qname, override);
}

/** Content types: drops the Override of a removed part. */
export function withoutContentTypeOverride(contentTypesXml: string, partPath: string): string {
  const prefix = prefixForNamespace(contentTypesXml, NAMESPACES.contentTypes) ?? "";
  const wanted = `/${partPath}`.toLowerCase();
  const spans = findElements(contentTypesXml, qualified(prefix, "Override")).filter(
    (span) => (span.attributes.get("PartName") ?? "").toLowerCase() === wanted,
  );
  return spans.reduceRight((xml, span) => splice(xml, span.start, span.elementEnd, ""), contentTypesXml);
}

/** The first free "dir/baseN.ext" (N from 1), case-insensitively, also avoiding names reserved in this run. */
export function freePartPath(
  zip: JSZip,
  reserved: Set<string>,
  dir: string,
  base: string,
  ext: string,
): string {
  const taken = new Set([...Object.keys(zip.files), ...reserved].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = `${dir === "" ? "" : `${dir}/`}${base}${n}.${ext}`;
    if (!taken.has(candidate.toLowerCase())) {
      reserved.add(candidate);
      return candidate;
    }
  }
}

function relationshipElement(prefix: string): (relationship: Relationship) => string {
  return (r) =>
    `<${qualified(prefix, "Relationship")} Id="${escapeXmlAttribute(r.id)}" Type="${r.type}" Target="${escapeXmlAttribute(r.target)}"${
      r.external ? ' TargetMode="External"' : ""
    }/>`;
}
