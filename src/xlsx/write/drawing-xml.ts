import type { ChartSpec, SheetLayout } from "../../layout/model";
import { columnWidthPixels, pointsToColumnWidth } from "./column-width";
import { CHART_NS, DRAWING_NS, RELATIONSHIPS_NS } from "./chart-xml";
import { escapeXmlAttribute } from "./xml-text";

const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMU_PER_PIXEL = 9_525;
const EMU_PER_POINT = 12_700;
const DEFAULT_ROW_HEIGHT = 15;

/**
 * The drawing part (`xl/drawings/drawingN.xml`) placing each chart over its anchor cells; it moves with
 * the cells but keeps its size. The chart title doubles as the frame's alternative text.
 */
export function drawingXml(
  charts: readonly { readonly spec: ChartSpec; readonly relationshipId: string }[],
  sheet: Pick<SheetLayout, "columnWidths" | "rowHeights">,
): string {
  // The chart ends at the far edge of its last cell rather than at offset 0 of the next one:
  // LibreOffice would otherwise print that next column and row too, shrinking the page to fit them.
  const columnEmu = (column: number) =>
    columnWidthPixels(pointsToColumnWidth(sheet.columnWidths[column] ?? 48)) * EMU_PER_PIXEL;
  const rowEmu = (row: number) => Math.round((sheet.rowHeights[row] ?? DEFAULT_ROW_HEIGHT) * EMU_PER_POINT);
  const anchors = charts.map(({ spec, relationshipId }, i) => {
    const { anchor } = spec;
    const lastColumn = anchor.column + anchor.columnCount - 1;
    const lastRow = anchor.row + anchor.rowCount - 1;
    return [
      `<xdr:twoCellAnchor editAs="oneCell">`,
      `<xdr:from><xdr:col>${anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`,
      `<xdr:to><xdr:col>${lastColumn}</xdr:col><xdr:colOff>${columnEmu(lastColumn)}</xdr:colOff><xdr:row>${lastRow}</xdr:row><xdr:rowOff>${rowEmu(lastRow)}</xdr:rowOff></xdr:to>`,
      `<xdr:graphicFrame macro="">`,
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${escapeXmlAttribute(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relationshipId}"/></a:graphicData></a:graphic>`,
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    ].join("");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    anchors.join(""),
    `</xdr:wsDr>`,
  ].join("");
}
