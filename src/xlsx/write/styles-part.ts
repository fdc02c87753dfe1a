import type { XmlElement } from "../xml/tree";
import { attributeOf, prefixFor, XmlPart } from "../xml/xml-part";
import type { CellFormat } from "./cell-format";
import { escapeXmlAttribute } from "./xml-text";
import { NAMESPACES } from "./package-parts";
import { XlsxWriteError } from "./write-error";

/**
 * Adds the generated sheets' cell formats to the workbook's styles.xml. New fonts, fills, borders,
 * number formats and `<xf>` entries are appended after the existing ones, so every index the input's
 * sheets use keeps its meaning: their cells look exactly as before.
 */
export class StylesPart {
  private readonly part: XmlPart;
  private readonly main: string;
  private readonly prefix: string;
  private readonly base: { fontCount: number; fillCount: number; borderCount: number; xfCount: number };
  private readonly baseFont: { name: string; family: string | null; size: number };
  private readonly knownNumberFormats = new Map<string, number>();
  private readonly hasCellStyleXfs: boolean;
  private nextCustomNumberFormatId: number;

  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numberFormats: string[] = [];
  private readonly xfs: string[] = [];
  private readonly xfIndexByKey = new Map<string, number>();

  constructor(xml: string) {
    this.part = new XmlPart(xml);
    const root = this.part.root;
    if (root.local !== "styleSheet")
      throw new XlsxWriteError("its styles part is not a SpreadsheetML style sheet.");
    this.main = root.uri;
    // New elements take the prefix the root element uses (the root's namespace is in scope everywhere).
    this.prefix = prefixFor(root, this.main) ?? "";
    this.base = {
      fontCount: this.childCount("fonts", "font"),
      fillCount: this.childCount("fills", "fill"),
      borderCount: this.childCount("borders", "border"),
      xfCount: this.childCount("cellXfs", "xf"),
    };
    this.baseFont = this.readBaseFont();
    this.hasCellStyleXfs = this.childCount("cellStyleXfs", "xf") > 0;
    let highestCustomId = 163;
    const numFmts = this.block("numFmts");
    for (const element of numFmts ? this.part.childrenOf(numFmts, this.main, "numFmt") : []) {
      const id = Number(attributeOf(element, "numFmtId"));
      const code = attributeOf(element, "formatCode");
      if (!Number.isInteger(id)) continue;
      highestCustomId = Math.max(highestCustomId, id);
      if (code !== undefined && !this.knownNumberFormats.has(code)) this.knownNumberFormats.set(code, id);
    }
    this.nextCustomNumberFormatId = highestCustomId + 1;
  }

  /** The index of the `<xf>` for a format, added on first use. */
  xfIndex(format: CellFormat): number {
    const key = JSON.stringify(format);
    const known = this.xfIndexByKey.get(key);
    if (known !== undefined) return known;
    const index = this.base.xfCount + this.xfs.length;
    this.xfs.push(this.xfElement(format));
    this.xfIndexByKey.set(key, index);
    return index;
  }

  /** styles.xml with everything added so far (the part itself is edited once, here). */
  toXml(): string {
    this.appendTo("numFmts", this.numberFormats, this.childCount("numFmts", "numFmt"));
    this.appendTo("fonts", this.fonts, this.base.fontCount);
    this.appendTo("fills", this.fills, this.base.fillCount);
    this.appendTo("borders", this.borders, this.base.borderCount);
    this.appendTo("cellXfs", this.xfs, this.base.xfCount);
    this.numberFormats.length = 0;
    this.fonts.length = 0;
    this.fills.length = 0;
    this.borders.length = 0;
    this.xfs.length = 0;
    return this.part.toString();
  }

  private xfElement(format: CellFormat): string {
    const numFmtId = this.numberFormatId(format.numberFormat);
    const fontId = this.entryIndex(this.fonts, this.base.fontCount, this.fontElement(format));
    const fillId =
      format.fill === null
        ? 0
        : this.entryIndex(this.fills, this.base.fillCount, fillElement(this.prefix, format.fill));
    const borderId = this.entryIndex(
      this.borders,
      this.base.borderCount,
      borderElement(this.prefix, format.border),
    );
    const alignment = alignmentElement(this.prefix, format);
    const attributes = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}"`,
      `borderId="${borderId}"`,
      this.hasCellStyleXfs ? `xfId="0"` : "",
      `applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"`,
      format.quotePrefix ? `quotePrefix="1"` : "",
    ].filter((attribute) => attribute !== "");
    return alignment === ""
      ? `<${this.q("xf")} ${attributes.join(" ")}/>`
      : `<${this.q("xf")} ${attributes.join(" ")}>${alignment}</${this.q("xf")}>`;
  }

  private fontElement(format: CellFormat): string {
    const p = (name: string) => this.q(name);
    return [
      `<${p("font")}>`,
      format.bold ? `<${p("b")}/>` : "",
      format.italic ? `<${p("i")}/>` : "",
      format.underline ? `<${p("u")}/>` : "",
      `<${p("sz")} val="${format.fontSize ?? this.baseFont.size}"/>`,
      format.fontColor === null ? "" : `<${p("color")} rgb="FF${format.fontColor}"/>`,
      `<${p("name")} val="${escapeXmlAttribute(this.baseFont.name)}"/>`,
      this.baseFont.family === null ? "" : `<${p("family")} val="${this.baseFont.family}"/>`,
      `</${p("font")}>`,
    ].join("");
  }

  private numberFormatId(code: string | null): number {
    if (code === null) return 0;
    const builtIn = BUILT_IN_NUMBER_FORMATS.get(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.knownNumberFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextCustomNumberFormatId;
    this.nextCustomNumberFormatId += 1;
    this.knownNumberFormats.set(code, id);
    this.numberFormats.push(
      `<${this.q("numFmt")} numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`,
    );
    return id;
  }

  private entryIndex(added: string[], baseCount: number, element: string): number {
    const existing = added.indexOf(element);
    if (existing >= 0) return baseCount + existing;
    added.push(element);
    return baseCount + added.length - 1;
  }

  private appendTo(blockName: StyleBlock, added: readonly string[], baseCount: number): void {
    if (added.length === 0) return;
    const qname = this.q(blockName);
    const count = String(baseCount + added.length);
    const block = this.block(blockName);
    if (block) {
      this.part.appendChildren(block, added.join(""), { count });
      return;
    }
    const markup = `<${qname} count="${count}">${added.join("")}</${qname}>`;
    const laterNames = new Set<string>(STYLE_BLOCK_ORDER.slice(STYLE_BLOCK_ORDER.indexOf(blockName) + 1));
    const later = this.part.root.children.find(
      (child) => child.uri === this.main && laterNames.has(child.local),
    );
    if (later) this.part.insertBefore(later, markup);
    else this.part.appendChildren(this.part.root, markup);
  }

  private readBaseFont(): { name: string; family: string | null; size: number } {
    const fonts = this.block("fonts");
    const firstFont = fonts ? this.part.childrenOf(fonts, this.main, "font")[0] : undefined;
    const value = (name: string) => {
      const element = firstFont ? this.part.childrenOf(firstFont, this.main, name)[0] : undefined;
      return element ? attributeOf(element, "val") : undefined;
    };
    const size = Number(value("sz"));
    return { name: value("name") ?? "Calibri", family: value("family") ?? null, size: size > 0 ? size : 11 };
  }

  private childCount(blockName: StyleBlock, childName: string): number {
    const block = this.block(blockName);
    return block ? this.part.childrenOf(block, this.main, childName).length : 0;
  }

  private block(blockName: StyleBlock): XmlElement | undefined {
    return this.part.childrenOf(this.part.root, this.main, blockName)[0];
  }

  private q(localName: string): string {
    return qualified(this.prefix, localName);
  }
}

/** A styles part for a workbook that has none: Excel's mandatory first entries only. */
export const MINIMAL_STYLES_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NAMESPACES.spreadsheetMain}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function qualified(prefix: string, localName: string): string {
  return prefix === "" ? localName : `${prefix}:${localName}`;
}

type StyleBlock = (typeof STYLE_BLOCK_ORDER)[number];
const STYLE_BLOCK_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

/** Built-in formats whose look does not depend on the reader's locale; dates always get a custom format. */
const BUILT_IN_NUMBER_FORMATS = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);

function fillElement(prefix: string, color: string): string {
  const q = (name: string) => qualified(prefix, name);
  return `<${q("fill")}><${q("patternFill")} patternType="solid"><${q("fgColor")} rgb="FF${color}"/><${q("bgColor")} indexed="64"/></${q("patternFill")}></${q("fill")}>`;
}

function borderElement(prefix: string, thin: boolean): string {
  const q = (name: string) => qualified(prefix, name);
  const edge = (name: string) =>
    thin ? `<${q(name)} style="thin"><${q("color")} indexed="64"/></${q(name)}>` : `<${q(name)}/>`;
  return `<${q("border")}>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<${q("diagonal")}/></${q("border")}>`;
}

function alignmentElement(prefix: string, format: CellFormat): string {
  const horizontal = format.horizontal ?? (format.indent > 0 ? "left" : null);
  const attributes = [
    horizontal === null ? "" : `horizontal="${horizontal}"`,
    format.vertical === null ? "" : `vertical="${format.vertical}"`,
    format.wrap ? `wrapText="1"` : "",
    format.indent > 0 ? `indent="${Math.round(format.indent)}"` : "",
  ].filter((attribute) => attribute !== "");
  return attributes.length === 0 ? "" : `<${qualified(prefix, "alignment")} ${attributes.join(" ")}/>`;
}
