import { AlignmentType, type IParagraphStyleOptions } from "docx";
import type { ParagraphRole } from "../layout/document/model";

/** Twips per point: Word measures lengths in twentieths of a point. */
export const TWIPS = 20;
/** Half-points per point: Word's font sizes. */
const HALF = 2;
export const BODY_SIZE = 11;
export const TABLE_SIZE = 10;
/** Latin text in Arial as the seed's documents; Chinese in SimSun (LibreOffice substitutes a CJK font). */
export const FONT = { ascii: "Arial", hAnsi: "Arial", cs: "Arial", eastAsia: "SimSun" } as const;
export const LINK_COLOR = "0563C1";

/** The style id of each paragraph role: one Word paragraph style per role, so the person can restyle them. */
export function styleId(role: ParagraphRole): string {
  return `Jiu${role[0]?.toUpperCase() ?? ""}${role.slice(1)}`;
}

interface RoleLook {
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Points before and after. */
  readonly before?: number;
  readonly after?: number;
  /** Points: left indent and hanging first line. */
  readonly left?: number;
  readonly hanging?: number;
}

/** The seed's look: symbol top right, committee and session in bold capitals size, title bold, body 11 pt. */
const LOOKS: Readonly<Record<ParagraphRole, RoleLook>> = {
  symbol: { alignment: AlignmentType.RIGHT, size: 10, after: 0 },
  committee: { size: 14, bold: true, before: 36, after: 6 },
  session: { size: 12, bold: true, after: 6 },
  meeting: { size: 11, bold: true, after: 36 },
  title: { size: 13, bold: true, after: 12 },
  preparedBy: { italic: true, after: 36 },
  body: { after: 12, left: 0, hanging: 0 },
  caption: { bold: true, alignment: AlignmentType.CENTER, before: 12, after: 6 },
  decision: { left: 56, hanging: 28, after: 6 },
  decisionItem: { left: 84, hanging: 14, after: 3 },
  note: { size: 9, after: 12 },
  endMarker: { alignment: AlignmentType.RIGHT, before: 24, after: 0 },
  annexLabel: { alignment: AlignmentType.RIGHT, size: 10, after: 12 },
  annexTitle: { size: 12, bold: true, alignment: AlignmentType.CENTER, after: 12 },
};

/** The style of the paragraphs in table cells: table-sized text, no space around. */
export const CELL_STYLE = "JiuCell";

/** The document's paragraph styles, one per role, and the table cells'. */
export function paragraphStyles(): IParagraphStyleOptions[] {
  const cell: IParagraphStyleOptions = {
    id: CELL_STYLE,
    name: "JIU table text",
    basedOn: "Normal",
    run: { size: TABLE_SIZE * HALF },
    paragraph: { spacing: { before: 0, after: 0 } },
  };
  return [cell, ...roleStyles()];
}

function roleStyles(): IParagraphStyleOptions[] {
  return (Object.entries(LOOKS) as [ParagraphRole, RoleLook][]).map(([role, look]) => ({
    id: styleId(role),
    name: `JIU ${role}`,
    basedOn: "Normal",
    quickFormat: true,
    run: {
      size: (look.size ?? BODY_SIZE) * HALF,
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italics: true } : {}),
    },
    paragraph: {
      ...(look.alignment ? { alignment: look.alignment } : {}),
      spacing: { before: (look.before ?? 0) * TWIPS, after: (look.after ?? 0) * TWIPS },
      ...(look.left !== undefined
        ? { indent: { left: look.left * TWIPS, hanging: (look.hanging ?? 0) * TWIPS } }
        : {}),
    },
  }));
}
