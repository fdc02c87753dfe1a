import type { CellValue } from "../../core/grid";
import { MAX_COLUMNS, MAX_ROWS, parseCellRef } from "./cell-ref";
import type { CellConverter } from "./cell-values";
import { StringItemText } from "./ooxml-text";
import { parseXml, relationshipId, type XmlTag } from "./xml-stream";

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
  const reader = new SheetCellReader(options);
  await parseXml(chunks, {
    open: (tag) => reader.open(tag),
    text: (text) => reader.text(text),
    close: (name) => reader.close(name),
  });
  return { rows: reader.rows, hyperlinks: reader.hyperlinks };
}

/** The parser's state while it streams one worksheet: where it is, and the cell being read. */
class SheetCellReader {
  readonly rows: (CellValue[] | undefined)[] = [];
  readonly hyperlinks: SheetHyperlink[] = [];
  private readonly inline = new StringItemText();
  private rowNumber = 0;
  private row: CellValue[] | null = null;
  private column = 0;
  private type = "n";
  private isDateStyle = false;
  private value: string | null = null;
  private formula: string | null = null;
  private inlineText: string | null = null;
  private reading: "value" | "formula" | "inline" | null = null;
  private inSheetData = false;
  private inCell = false;

  constructor(private readonly options: SheetReadOptions) {}

  open(tag: XmlTag): void {
    const { name, attributes } = tag;
    switch (name) {
      case "sheetData":
        this.inSheetData = true;
        return;
      case "row":
        if (this.inSheetData) this.openRow(attributes.r);
        return;
      case "c":
        if (this.inSheetData) this.openCell(attributes);
        return;
      case "v":
        this.reading = "value";
        this.value = "";
        return;
      case "f":
        this.reading = "formula";
        this.formula = "";
        return;
      case "is":
        this.reading = "inline";
        this.inline.take();
        return;
      case "hyperlink":
        if (attributes.ref !== undefined) {
          this.hyperlinks.push({
            ref: attributes.ref,
            relationshipId: relationshipId(tag) ?? null,
            location: attributes.location ?? null,
          });
        }
        return;
      default:
        if (this.reading === "inline") this.inline.open(name);
    }
  }

  text(text: string): void {
    if (this.reading === "value") this.value += text;
    else if (this.reading === "formula") this.formula += text;
    else if (this.reading === "inline") this.inline.characters(text);
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "f":
        this.reading = null;
        return;
      case "is":
        this.reading = null;
        this.inlineText = this.inline.take();
        return;
      case "c":
        this.closeCell();
        return;
      case "sheetData":
        this.inSheetData = false;
        return;
      default:
        if (this.reading === "inline") this.inline.close(name);
    }
  }

  private openRow(ref: string | undefined): void {
    this.options.countElement();
    const r = ref === undefined ? this.rowNumber + 1 : Number(ref);
    if (!Number.isInteger(r) || r < 1 || r > MAX_ROWS) throw new SheetSizeError(`row number ${ref}`);
    this.rowNumber = r;
    this.row = this.rows[r] ?? null;
    this.column = 0;
  }

  private openCell(attributes: XmlTag["attributes"]): void {
    this.options.countElement();
    this.inCell = true;
    const ref = attributes.r;
    const parsed = ref === undefined ? null : parseCellRef(ref);
    if (ref !== undefined && parsed === null) throw new SheetSizeError(`cell reference ${ref}`);
    if (parsed && parsed.row !== this.rowNumber) {
      // A cell outside its <row>: trust the cell's own reference.
      this.rowNumber = parsed.row;
      this.row = this.rows[this.rowNumber] ?? null;
    }
    this.column = parsed ? parsed.column : this.column + 1;
    if (this.column > MAX_COLUMNS) throw new SheetSizeError(`column ${this.column}`);
    this.type = attributes.t ?? "n";
    this.isDateStyle = attributes.s !== undefined && this.options.dateStyles[Number(attributes.s)] === true;
    this.value = null;
    this.formula = null;
    this.inlineText = null;
  }

  private closeCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    const { type, value, inlineText, formula, isDateStyle, column } = this;
    const cell = this.options.converter.convert({ type, value, inlineText, formula, isDateStyle });
    if (cell === null) return;
    if (this.row === null) {
      this.row = [];
      this.rows[this.rowNumber] = this.row;
    }
    const row = this.row;
    if (row.length < column) {
      this.options.countSlots(column - row.length);
      while (row.length < column - 1) row.push(null);
      row.push(cell);
    } else {
      row[column - 1] = cell;
    }
  }
}
