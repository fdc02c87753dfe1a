import type { ArchivePlan } from "../../core/rollover";
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
