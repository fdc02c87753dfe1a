import type { DocCell, DocParagraph, DocRow, DocTable, DocTableId, ParagraphRole, TextPiece } from "./model";

/** Fill of a table's heading row, as the sheets' table headers. */
export const HEADER_FILL = "#D9E2F3";

/** Literal text as one piece. */
export function text(value: string, options: Omit<TextPiece, "text"> = {}): TextPiece {
  return { text: value, ...options };
}

/** A paragraph of one role from pieces or plain text. */
export function paragraph(
  role: ParagraphRole,
  content: string | readonly TextPiece[],
  options: Omit<DocParagraph, "kind" | "role" | "pieces"> = {},
): DocParagraph {
  return {
    kind: "paragraph",
    role,
    pieces: typeof content === "string" ? [text(content)] : content,
    ...options,
  };
}

/** A body paragraph with its number; the secretariat's own text when given, else `fallback`. */
export function numbered(
  number: number,
  own: string | undefined,
  fallback: readonly TextPiece[],
): DocParagraph {
  return paragraph("body", own === undefined ? fallback : [text(own)], { number });
}

/** A bordered cell of plain text, one paragraph per line. */
export function cell(
  value: string | number | null,
  options: Omit<DocCell, "paragraphs" | "bordered"> = {},
): DocCell {
  const shown = value === null ? "" : String(value);
  return { paragraphs: shown.split("\n").map((line) => [text(line)]), bordered: true, ...options };
}

/**
 * A small table (Tables 1 and 2): a shaded heading row repeated on each page, then the body rows, all kept
 * on one page when they fit (each row kept with the next but the last).
 */
export function simpleTable(
  id: DocTableId,
  columnWidths: readonly number[],
  header: readonly string[],
  body: readonly (readonly (string | number | null)[])[],
): DocTable {
  const headerRow: DocRow = {
    header: true,
    keepNext: body.length > 0,
    cells: header.map((value) => cell(value, { bold: true, fill: HEADER_FILL })),
  };
  const rows = body.map((values, index): DocRow => ({
    keepNext: index < body.length - 1,
    cells: values.map((value) => cell(value, { align: typeof value === "number" ? "right" : "left" })),
  }));
  return { kind: "table", id, columnWidths, rows: [headerRow, ...rows] };
}
