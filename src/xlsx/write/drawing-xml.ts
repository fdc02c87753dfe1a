import type { ChartSpec } from "../../layout/model";
import { CHART_NS, DRAWING_NS, RELATIONSHIPS_NS } from "./chart-xml";
import { escapeXmlAttribute } from "./xml-text";

const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/**
 * The drawing part (`xl/drawings/drawingN.xml`) placing each chart over its anchor cells; it moves with
 * the cells but keeps its size. The chart title doubles as the frame's alternative text.
 */
export function drawingXml(
  charts: readonly { readonly spec: ChartSpec; readonly relationshipId: string }[],
): string {
  const anchors = charts.map(({ spec, relationshipId }, i) => {
    const { anchor } = spec;
    return [
      `<xdr:twoCellAnchor editAs="oneCell">`,
      `<xdr:from><xdr:col>${anchor.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`,
      `<xdr:to><xdr:col>${anchor.column + anchor.columnCount}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + anchor.rowCount}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`,
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
