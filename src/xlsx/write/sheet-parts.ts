import type { SheetLayout } from "../../layout/model";
import { chartData, chartXml } from "./chart-xml";
import { cellKey } from "./cell-styles";
import { drawingXml } from "./drawing-xml";
import { RELATIONSHIP_TYPES, relationshipsPathOf, relativeTarget, type Relationship } from "./package-parts";
import type { StylesPart } from "./styles-part";
import { webLinkTarget } from "./web-link";
import { worksheetXmlPieces } from "./worksheet-xml";
import type { PartProducer } from "./part-store";
import { TABLE_RELATIONSHIP_TYPE, tableHeaders, tableXml } from "./table-xml";

/** Where a generated sheet's parts go in the package. */
export interface SheetPartPaths {
  readonly worksheet: string;
  /** Asked for only when the sheet has charts. */
  readonly newDrawingPath: () => string;
  readonly newChartPath: () => string;
  /** Asked for once per table: a free part path, and an id and name no table of the workbook has. */
  readonly newTable?: (wantedName: string) => { path: string; id: number; name: string };
}

/** A relationships part's content, as its list: the writer serialises it (relationshipsXml). */
export interface RelationshipList {
  readonly relationships: readonly Relationship[];
}

export interface GeneratedPart {
  readonly path: string;
  /**
   * The part's XML, or (a worksheet, the large part) a producer that writes it piece by piece, or
   * (a relationships part) its list.
   */
  readonly xml: string | PartProducer | RelationshipList;
  readonly contentType: "worksheet" | "drawing" | "chart" | "relationships" | "table";
}

/**
 * All parts of one generated sheet: the worksheet, its relationships (external hyperlinks, drawing),
 * and for sheets with charts the drawing part and one chart part per chart, each with relationships.
 */
export function sheetParts(
  layout: SheetLayout,
  sheetName: string,
  styles: StylesPart,
  paths: SheetPartPaths,
): GeneratedPart[] {
  const worksheetRelationships: Relationship[] = [];
  const hyperlinkIds = hyperlinkRelationships(layout, worksheetRelationships);

  const parts: GeneratedPart[] = [];
  let drawingId: string | null = null;
  if (layout.charts.length > 0) {
    const drawingPath = paths.newDrawingPath();
    drawingId = `rId${worksheetRelationships.length + 1}`;
    worksheetRelationships.push({
      id: drawingId,
      type: RELATIONSHIP_TYPES.drawing,
      target: relativeTarget(paths.worksheet, drawingPath),
      external: false,
    });
    parts.push(...drawingParts(layout, sheetName, drawingPath, paths));
  }

  const tableIds = tableParts(layout, paths, worksheetRelationships, parts);
  parts.unshift({
    path: paths.worksheet,
    xml: (write) =>
      worksheetXmlPieces(
        layout,
        styles,
        { hyperlinks: hyperlinkIds, drawing: drawingId, tables: tableIds },
        write,
      ),
    contentType: "worksheet",
  });
  if (worksheetRelationships.length > 0) {
    parts.push({
      path: relationshipsPathOf(paths.worksheet),
      xml: { relationships: worksheetRelationships },
      contentType: "relationships",
    });
  }
  return parts;
}

/** One table part per table of the layout, related from the worksheet; returns the relationship ids. */
function tableParts(
  layout: SheetLayout,
  paths: SheetPartPaths,
  relationships: Relationship[],
  parts: GeneratedPart[],
): string[] {
  const tables = layout.tables ?? [];
  if (tables.length > 0 && !paths.newTable) throw new Error("The writer was given no place for tables");
  return tables.map((table) => {
    const placed = (paths.newTable as NonNullable<SheetPartPaths["newTable"]>)(table.name);
    const id = `rId${relationships.length + 1}`;
    relationships.push({
      id,
      type: TABLE_RELATIONSHIP_TYPE,
      target: relativeTarget(paths.worksheet, placed.path),
      external: false,
    });
    const named = { ...table, name: placed.name };
    parts.push({
      path: placed.path,
      xml: tableXml(named, tableHeaders(layout, table), placed.id),
      contentType: "table",
    });
    return id;
  });
}

/**
 * Adds one external relationship per cell with a web link (the first link of a cell wins) and returns
 * their ids by cell key.
 */
function hyperlinkRelationships(layout: SheetLayout, relationships: Relationship[]): Map<number, string> {
  const hyperlinkIds = new Map<number, string>();
  for (const link of layout.hyperlinks) {
    const target = webLinkTarget(link.address);
    const key = cellKey(link.row, link.column);
    if (target === null || hyperlinkIds.has(key)) continue;
    const id = `rId${relationships.length + 1}`;
    relationships.push({ id, type: RELATIONSHIP_TYPES.hyperlink, target, external: true });
    hyperlinkIds.set(key, id);
  }
  return hyperlinkIds;
}

/** One chart part per chart, then the drawing that places them, then the drawing's relationships. */
function drawingParts(
  layout: SheetLayout,
  sheetName: string,
  drawingPath: string,
  paths: SheetPartPaths,
): GeneratedPart[] {
  const parts: GeneratedPart[] = [];
  const charts = layout.charts.map((spec, i) => {
    const chartPath = paths.newChartPath();
    parts.push({
      path: chartPath,
      xml: chartXml(spec, chartData(layout, sheetName, spec)),
      contentType: "chart",
    });
    return { spec, relationshipId: `rId${i + 1}`, target: relativeTarget(drawingPath, chartPath) };
  });
  parts.push({ path: drawingPath, xml: drawingXml(charts, layout), contentType: "drawing" });
  parts.push({
    path: relationshipsPathOf(drawingPath),
    xml: {
      relationships: charts.map(({ relationshipId, target }) => ({
        id: relationshipId,
        type: RELATIONSHIP_TYPES.chart,
        target,
        external: false,
      })),
    },
    contentType: "relationships",
  });
  return parts;
}
