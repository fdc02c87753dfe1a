import { parseXml } from "./xml-stream";

/** One relationship of an OPC part: an internal part (path resolved) or an external target (a URL). */
export interface Relationship {
  readonly id: string;
  /** The type URI's last segment, e.g. "worksheet", "hyperlink", "table", "sharedStrings". */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Where the relationships of a part live: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Parses a .rels part; internal targets are resolved against the source part's folder. */
export async function parseRelationships(
  xml: string,
  sourcePartPath: string,
): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  await parseXml(once(xml), {
    open: (tag) => {
      if (tag.name !== "Relationship") return;
      const { Id: id, Type: type, Target: target, TargetMode: mode } = tag.attributes;
      if (!id || !type || target === undefined) return;
      const external = mode === "External";
      relationships.set(id, {
        id,
        type: type.slice(type.lastIndexOf("/") + 1),
        target: external ? target : resolvePartPath(sourcePartPath, target),
        external,
      });
    },
  });
  return relationships;
}

/** Resolves "../tables/table1.xml" from "xl/worksheets/sheet1.xml" to "xl/tables/table1.xml". */
export function resolvePartPath(sourcePartPath: string, target: string): string {
  const decoded = safeDecodeUri(target);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const parts = sourcePartPath.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

export async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
