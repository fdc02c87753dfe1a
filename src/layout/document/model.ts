/**
 * The report document described as data: the cover block, paragraphs 1-10, Tables 1 and 2, Figures 1 and
 * 2 and Annexes I-III, in the seed's order. One description, written by the .docx writer (src/docx); it
 * states every choice of look (roles, keep-with-next, repeated heading rows, blocks kept together) so that
 * the writer decides none. Text is always literal text: writers never turn it into fields or formulas.
 */
import type { Language } from "../../labels/language";
import type { ChartSpec } from "../model";

/** A run of text. A placeholder is text the secretariat still has to write: shown marked, never invented. */
export interface TextPiece {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly placeholder?: boolean;
  /** Always an absolute http or https address; the layout never emits any other. */
  readonly link?: string;
}

/** What a paragraph is; the writer maps each role onto one paragraph style. */
export type ParagraphRole =
  | "symbol"
  | "committee"
  | "session"
  | "meeting"
  | "title"
  | "preparedBy"
  | "body"
  | "caption"
  | "decision"
  | "decisionItem"
  | "note"
  | "endMarker"
  | "annexLabel"
  | "annexTitle";

export interface DocParagraph {
  readonly kind: "paragraph";
  readonly role: ParagraphRole;
  readonly pieces: readonly TextPiece[];
  /** The paragraph's number in the body (1-10), written before its text. */
  readonly number?: number;
  /** Kept on the page of the next paragraph (a caption with its table or chart). */
  readonly keepNext?: boolean;
  readonly pageBreakBefore?: boolean;
}

export interface DocCell {
  /** One entry per paragraph of the cell. */
  readonly paragraphs: readonly (readonly TextPiece[])[];
  readonly columnSpan?: number;
  /** Rows the cell covers downwards (the change note beside a block). */
  readonly rowSpan?: number;
  readonly bold?: boolean;
  /** "#RRGGBB" fill. */
  readonly fill?: string;
  readonly align?: "left" | "center" | "right";
  /** Thin borders on the cell; false leaves it open (headings, the note beside a block). */
  readonly bordered: boolean;
  /** Points; absent is the body size. */
  readonly fontSize?: number;
  /** Points of space above the cell's first paragraph (the headings between blocks). */
  readonly spaceBefore?: number;
}

export interface DocRow {
  readonly cells: readonly DocCell[];
  /** Repeated at the top of each page (only the table's first rows can be). */
  readonly header?: boolean;
  /** Kept on the page of the next row: every row of a block but its last, and the headings above a block. */
  readonly keepNext?: boolean;
}

export type DocTableId =
  "timeliness" | "planned" | "changeCounts" | "changes" | "annexI" | "annexII" | "annexIII";

export interface DocTable {
  readonly kind: "table";
  readonly id: DocTableId;
  /** Points, one per column; they add up to the text width. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly DocRow[];
}

/** One series of a figure's chart, read from the summary sheet's table. */
export interface FigureSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** "#RRGGBB" or absent for the application's palette. */
  readonly color?: string;
}

/** A native chart: the summary sheet's chart spec (the model the .xlsx writer draws) with its data. */
export interface DocChart {
  readonly kind: "chart";
  readonly spec: ChartSpec;
  readonly categories: readonly (number | string)[];
  readonly series: readonly FigureSeries[];
  /** Points. */
  readonly width: number;
  readonly height: number;
}

export type DocBlock = DocParagraph | DocTable | DocChart;

export interface ReportDocument {
  readonly lang: Language;
  /** The document's title, for its properties. */
  readonly title: string;
  readonly blocks: readonly DocBlock[];
}

/** A4 portrait, 2.5 cm margins either side: the width text and tables fill, in points. */
export const TEXT_WIDTH = 451;
