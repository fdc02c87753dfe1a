import { Document, Packer, Paragraph, type FileChild } from "docx";
import type { DocBlock, DocParagraph, ReportDocument } from "../layout/document/model";
import { writingDirection } from "../labels/language-names";
import { chartRunOf } from "./charts";
import { piecesRuns } from "./runs";
import { BODY_SIZE, FONT, paragraphStyles, styleId, TWIPS } from "./styles";
import { tableOf } from "./tables";

/** A4 in twips, portrait; margins 2.5 cm either side (the layout's text width), 2 cm top and bottom. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1418 };

/** Points of space above a paragraph that follows a table, which has none of its own below. */
const AFTER_TABLE = 12;

function paragraphOf(block: DocParagraph, afterTable: boolean, rtl: boolean): Paragraph {
  const look = rtl ? { rightToLeft: true } : {};
  const number = block.number === undefined ? [] : piecesRuns([{ text: `${block.number}.\t` }], look);
  return new Paragraph({
    style: styleId(block.role),
    ...(afterTable ? { spacing: { before: AFTER_TABLE * TWIPS } } : {}),
    ...(block.keepNext ? { keepNext: true } : {}),
    ...(block.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(rtl ? { bidirectional: true } : {}),
    children: [...number, ...piecesRuns(block.pieces, look)],
  });
}

function blockOf(block: DocBlock, previous: DocBlock | undefined, rtl: boolean): FileChild {
  switch (block.kind) {
    case "paragraph":
      return paragraphOf(block, previous?.kind === "table", rtl);
    case "table":
      return tableOf(block, rtl);
    case "chart":
      return new Paragraph({
        keepNext: true,
        ...(rtl ? { bidirectional: true } : {}),
        children: [chartRunOf(block)],
      });
  }
}

/**
 * The report as a Word document: A4 portrait, one paragraph style per role, the layout's tables and native
 * charts. No fields, macros or external references: only text, tables, charts and http(s) hyperlinks.
 */
export function reportDocx(report: ReportDocument): Document {
  const language = report.lang === "zh" ? "zh-CN" : "en-GB";
  // Arabic: every paragraph, run and table right to left (w:bidi, w:rtl, w:bidiVisual), Arabic as the
  // complex-script language. The section's own w:bidi (page-number and column order) is not set: the
  // docx library has no option for it, and the report has one column and no page numbers.
  const rtl = writingDirection(report.lang) === "rtl";
  return new Document({
    creator: "JIU Register",
    title: report.title,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: BODY_SIZE * 2,
            language: { value: language, eastAsia: "zh-CN", ...(rtl ? { bidirectional: "ar-SA" } : {}) },
          },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          ...report.blocks.map((block, index) => blockOf(block, report.blocks[index - 1], rtl)),
          new Paragraph({ children: [] }),
        ],
      },
    ],
  });
}

/** The .docx file's bytes, in Node and in the browser alike. */
export async function reportDocxBytes(report: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocx(report)));
}

/** Twips, for tests that compare the layout's points with the document's measures. */
export const twips = (points: number): number => points * TWIPS;
