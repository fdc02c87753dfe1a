import { cellFormat } from "../../../src/xlsx/write/cell-format";
import { MINIMAL_STYLES_XML, StylesPart } from "../../../src/xlsx/write/styles-part";
import type { Element } from "@xmldom/xmldom";
import { elements, NS, parseXml } from "./xml";

const plain = cellFormat({}, { quotePrefix: false });

/** styles.xml as another producer might write it: prefixed, with a custom number format and dxfs. */
const PREFIXED_STYLES = `<?xml version="1.0" encoding="UTF-8"?>
<x:styleSheet xmlns:x="${NS.main}"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="[&gt;=100]0;0.0"/></x:numFmts><x:fonts count="1"><x:font><x:sz val="10"/><x:name val="Arial"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><x:xf numFmtId="170" fontId="0" fillId="0" borderId="0"/></x:cellXfs><x:dxfs count="1"><x:dxf><x:font><x:b/></x:font><x:fill><x:patternFill><x:bgColor rgb="FFFF0000"/></x:patternFill></x:fill></x:dxf></x:dxfs></x:styleSheet>`;

function block(xml: string, name: string) {
  const element = elements(parseXml(xml), NS.main, name)[0];
  if (!element) throw new Error(`no <${name}>`);
  const children = Array.from(element.childNodes).filter((node) => node.nodeType === 1);
  return { count: element.getAttribute("count"), children: children as unknown as Element[] };
}

/** The text between a block's tags, as written. */
function inner(xml: string, name: string): string {
  const open = new RegExp(`<x:${name}[^>]*>`).exec(xml);
  if (!open) throw new Error(`no <x:${name}>`);
  const start = open.index + open[0].length;
  return xml.slice(start, xml.indexOf(`</x:${name}>`, start));
}

describe("StylesPart", () => {
  it("appends formats after the existing ones, so existing indices keep their meaning", () => {
    const styles = new StylesPart(PREFIXED_STYLES);
    expect(styles.xfIndex(plain)).toBe(2);
    expect(
      styles.xfIndex(cellFormat({ bold: true, fill: "#D9E1F2", border: "thin" }, { quotePrefix: false })),
    ).toBe(3);
    expect(styles.xfIndex(plain)).toBe(2);
    const xml = styles.toXml();
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]) {
      expect(inner(xml, name).startsWith(inner(PREFIXED_STYLES, name))).toBe(true);
    }
    const fonts = block(xml, "fonts");
    expect([fonts.count, fonts.children.length]).toEqual(["3", 3]);
    const fills = block(xml, "fills");
    expect([fills.count, fills.children.length]).toEqual(["3", 3]);
    const xfs = block(xml, "cellXfs");
    expect([xfs.count, xfs.children.length]).toEqual(["4", 4]);
    expect(xfs.children[1]?.getAttribute("numFmtId")).toBe("170");
    expect(xfs.children[3]?.getAttribute("fillId")).toBe("2");
    expect(block(xml, "dxfs").children).toHaveLength(1);
  });

  it("uses the workbook's default font name and size for new fonts", () => {
    const styles = new StylesPart(PREFIXED_STYLES);
    styles.xfIndex(cellFormat({ italic: true }, { quotePrefix: false }));
    const xml = styles.toXml();
    const newFont = block(xml, "fonts").children[1];
    expect(newFont && elements(newFont, NS.main, "name")[0]?.getAttribute("val")).toBe("Arial");
    expect(newFont && elements(newFont, NS.main, "sz")[0]?.getAttribute("val")).toBe("10");
    expect(newFont && elements(newFont, NS.main, "i")).toHaveLength(1);
  });

  it("reuses built-in and existing number formats, and adds custom ones above the highest id", () => {
    const styles = new StylesPart(PREFIXED_STYLES);
    const withFormat = (numberFormat: string) => cellFormat({ numberFormat }, { quotePrefix: false });
    styles.xfIndex(withFormat("0%"));
    styles.xfIndex(withFormat("[>=100]0;0.0"));
    styles.xfIndex(withFormat("yyyy-mm-dd"));
    const xml = styles.toXml();
    const ids = block(xml, "cellXfs")
      .children.slice(2)
      .map((xf) => xf.getAttribute("numFmtId"));
    expect(ids).toEqual(["9", "170", "171"]);
    const numFmts = block(xml, "numFmts");
    expect(numFmts.count).toBe("2");
    expect(numFmts.children[1]?.getAttribute("formatCode")).toBe("yyyy-mm-dd");
  });

  it("creates a missing numFmts block in its schema place, before fonts", () => {
    const styles = new StylesPart(MINIMAL_STYLES_XML);
    styles.xfIndex(cellFormat({ numberFormat: "d mmmm yyyy" }, { quotePrefix: false }));
    const root = parseXml(styles.toXml()).documentElement;
    const order = Array.from(root?.childNodes ?? [])
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as unknown as Element).localName);
    expect(order.slice(0, 2)).toEqual(["numFmts", "fonts"]);
  });

  it("marks text that looks like a formula with the quote prefix, and writes the link look the layout gives", () => {
    const styles = new StylesPart(MINIMAL_STYLES_XML);
    styles.xfIndex(cellFormat({ fontColor: "#0563c1", underline: true }, { quotePrefix: true }));
    const xml = styles.toXml();
    const xf = block(xml, "cellXfs").children[1];
    expect(xf?.getAttribute("quotePrefix")).toBe("1");
    const font = block(xml, "fonts").children[Number(xf?.getAttribute("fontId"))];
    expect(font && elements(font, NS.main, "u")).toHaveLength(1);
    expect(font && elements(font, NS.main, "color")[0]?.getAttribute("rgb")).toBe("FF0563C1");
  });

  it("adds no look of its own: a cell without underline or colour in its style has neither", () => {
    const styles = new StylesPart(MINIMAL_STYLES_XML);
    styles.xfIndex(cellFormat({}, { quotePrefix: false }));
    const xml = styles.toXml();
    const xf = block(xml, "cellXfs").children[1];
    const font = block(xml, "fonts").children[Number(xf?.getAttribute("fontId"))];
    expect(font && elements(font, NS.main, "u")).toHaveLength(0);
    expect(font && elements(font, NS.main, "color")).toHaveLength(0);
  });

  it("writes alignment, wrapping and indent", () => {
    const styles = new StylesPart(MINIMAL_STYLES_XML);
    styles.xfIndex(cellFormat({ vertical: "top", wrap: true, indent: 2 }, { quotePrefix: false }));
    const alignment = elements(parseXml(styles.toXml()), NS.main, "alignment")[0];
    expect(alignment?.getAttribute("horizontal")).toBe("left");
    expect(alignment?.getAttribute("vertical")).toBe("top");
    expect(alignment?.getAttribute("wrapText")).toBe("1");
    expect(alignment?.getAttribute("indent")).toBe("2");
  });
});
