import type { CellValue } from "../../core/grid";
import { MAX_COLUMNS, MAX_ROWS, parseCellRef } from "./cell-ref";
import type { CellConverter } from "./cell-values";
import { StringItemText } from "./ooxml-text";
import { parseXml, relationshipId } from "./xml-stream";

/** A <hyperlink> of the sheet: the cells it covers and where it points. */
export interface SheetHyperlink {
  readonly ref: string;
  /** Points to an external target in the sheet's relationships; null for a link within the workbook. */
  readonly relationshipId: string | null;
  /** The "#fragment" or in-workbook location. */
  readonly location: string | null;
}

/** The cells of one worksheet as read: row arrays indexed by worksheet row, holding columns from A. */
export interface SheetCells {
  /** `rows[r]` is row r (1-based); `rows[r][c - 1]` is column c. Rows without values are absent. */
  readonly rows: (CellValue[] | undefined)[];
  readonly hyperlinks: readonly SheetHyperlink[];
}

export class SheetSizeError extends Error {}

export interface SheetReadOptions {
  readonly converter: CellConverter;
  readonly dateStyles: readonly boolean[];
  /** Called with each growth of a row (cells kept, and blanks before them); throws to stop a sheet that is too large. */
  readonly countSlots: (slots: number) => void;
  /** Called for each row and cell element, empty ones included; throws to stop a sheet that takes too long. */
  readonly countElement: () => void;
}

/**
 * Streams a worksheet part and keeps every cell that has a value. Cells are placed by their
 * "r" reference; a writer that omits it (allowed by the format) gets the next row or column.
 */
export async function readSheetCells(
  chunks: AsyncIterable<string>,
  options: SheetReadOptions,
): Promise<SheetCells> {
  const { converter, dateStyles, countSlots, countElement } = options;
  const rows: (CellValue[] | undefined)[] = [];
  const hyperlinks: SheetHyperlink[] = [];
  const inline = new StringItemText();

  let rowNumber = 0;
  let row: CellValue[] | null = null;
  let column = 0;
  let type = "n";
  let isDateStyle = false;
  let value: string | null = null;
  let formula: string | null = null;
  let inlineText: string | null = null;
  let reading: "value" | "formula" | "inline" | null = null;
  let inSheetData = false;
  let inCell = false;

  await parseXml(chunks, {
    open: ({ name, attributes }) => {
      switch (name) {
        case "sheetData":
          inSheetData = true;
          return;
        case "row": {
          if (!inSheetData) return;
          countElement();
          const r = attributes.r === undefined ? rowNumber + 1 : Number(attributes.r);
          if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS)
            throw new SheetSizeError(`row number ${attributes.r}`);
          rowNumber = r;
          row = rows[r] ?? null;
          column = 0;
          return;
        }
        case "c": {
          if (!inSheetData) return;
          countElement();
          inCell = true;
          const ref = attributes.r;
          const parsed = ref === undefined ? null : parseCellRef(ref);
          if (ref !== undefined && parsed === null) throw new SheetSizeError(`cell reference ${ref}`);
          if (parsed && parsed.row !== rowNumber) {
            // A cell outside its <row>: trust the cell's own reference.
            rowNumber = parsed.row;
            row = rows[rowNumber] ?? null;
          }
          column = parsed ? parsed.column : column + 1;
          if (column > MAX_COLUMNS) throw new SheetSizeError(`column ${column}`);
          type = attributes.t ?? "n";
          isDateStyle = attributes.s !== undefined && dateStyles[Number(attributes.s)] === true;
          value = null;
          formula = null;
          inlineText = null;
          return;
        }
        case "v":
          reading = "value";
          value = "";
          return;
        case "f":
          reading = "formula";
          formula = "";
          return;
        case "is":
          reading = "inline";
          inline.take();
          return;
        case "hyperlink":
          if (attributes.ref !== undefined) {
            hyperlinks.push({
              ref: attributes.ref,
              relationshipId: relationshipId({ name, attributes }) ?? null,
              location: attributes.location ?? null,
            });
          }
          return;
        default:
          if (reading === "inline") inline.open(name);
      }
    },
    text: (text) => {
      if (reading === "value") value += text;
      else if (reading === "formula") formula += text;
      else if (reading === "inline") inline.characters(text);
    },
    close: (name) => {
      switch (name) {
        case "v":
        case "f":
          reading = null;
          return;
        case "is":
          reading = null;
          inlineText = inline.take();
          return;
        case "c": {
          if (!inCell) return;
          inCell = false;
          const cell = converter.convert({ type, value, inlineText, formula, isDateStyle });
          if (cell === null) return;
          if (row === null) {
            row = [];
            rows[rowNumber] = row;
          }
          if (row.length < column) {
            countSlots(column - row.length);
            while (row.length < column - 1) row.push(null);
            row.push(cell);
          } else {
            row[column - 1] = cell;
          }
          return;
        }
        case "sheetData":
          inSheetData = false;
          return;
        default:
          if (reading === "inline") inline.close(name);
      }
    },
  });
  return { rows, hyperlinks };
}
