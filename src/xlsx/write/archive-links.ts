import type { ArchivePlan } from "../../core/rollover";
import { parseXmlTree } from "../xml/tree";
import { attributeOf } from "../xml/xml-part";
import { applySplices, type Splice } from "./cell-edits";
import { cellAddress } from "./cell-ref";
import { RELATIONSHIP_TYPES } from "./package-parts";
import { relationshipsXml, type Relationship } from "./relationships-part";
import { webLinkTarget } from "./web-link";
import { escapeXmlAttribute } from "./xml-text";

/** A new Archive sheet's hyperlinks: the `<hyperlinks>` element and its relationships part (null when none). */
export interface ArchiveLinks {
  readonly element: string;
  readonly relationships: string | null;
}

/** The archived cells that hold web links keep them on a new Archive sheet (one relationship per link). */
export function archiveLinks(archive: ArchivePlan): ArchiveLinks {
  const relationships: Relationship[] = [];
  const links: string[] = [];
  archive.values.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value === null || typeof value !== "object" || value.kind !== "link") return;
      const target = webLinkTarget(value.address);
      if (target === null) return;
      const id = `rId${relationships.length + 1}`;
      relationships.push({ id, type: RELATIONSHIP_TYPES.hyperlink, target, external: true });
      const ref = cellAddress(archive.firstRow - 1 + rowIndex, columnIndex);
      links.push(`<hyperlink ref="${ref}" r:id="${escapeXmlAttribute(id)}"/>`);
    }),
  );
  if (links.length === 0) return { element: "", relationships: null };
  return {
    element: `<hyperlinks>${links.join("")}</hyperlinks>`,
    relationships: relationshipsXml(relationships),
  };
}

/**
 * The register's hyperlinks on the emptied rows removed (a link on an empty cell would stay clickable);
 * the whole element when none is left, as the schema wants at least one. Their relationships stay, unused.
 */
export function withoutLinksOnRows(xml: string, rows: ReadonlySet<number>): string {
  const root = parseXmlTree(xml).root;
  const hyperlinks = root.children.find((child) => child.uri === root.uri && child.local === "hyperlinks");
  if (!hyperlinks) return xml;
  const links = hyperlinks.children.filter((child) => child.uri === root.uri && child.local === "hyperlink");
  const dropped = links.filter((link) => {
    const [first = "", last = first] = (attributeOf(link, "ref") ?? "").split(":");
    const firstRow = Number(/\d+$/.exec(first)?.[0] ?? 0);
    const lastRow = Number(/\d+$/.exec(last)?.[0] ?? 0);
    // A link over several rows is dropped only when every row it covers is emptied.
    for (let row = firstRow; row <= lastRow; row++) if (!rows.has(row)) return false;
    return firstRow > 0;
  });
  if (dropped.length === 0) return xml;
  const splices: Splice[] =
    dropped.length === links.length
      ? [{ start: hyperlinks.start, end: hyperlinks.end, text: "" }]
      : dropped.map((link) => ({ start: link.start, end: link.end, text: "" }));
  const text = applySplices(xml, splices);
  parseXmlTree(text);
  return text;
}
