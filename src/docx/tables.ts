import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { DocCell, DocRow, DocTable } from "../layout/document/model";
import { piecesRuns } from "./runs";
import { CELL_STYLE, TWIPS } from "./styles";

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function sides(border: IBorderOptions) {
  return { top: border, bottom: border, left: border, right: border };
}

/**
 * A cell. Borders, margins, paragraph spacing and the font size are the table's and the cell style's, stated
 * once rather than on each of tens of thousands of cells: writing them per cell made a 5,000-recommendation
 * report several times slower to build.
 */
/** In a right-to-left table a cell's sides are mirrored, as the sheet's are (see `directedLayout`). */
const MIRRORED = { left: "right", right: "left", center: "center" } as const;

function cellOf(cell: DocCell, width: number, rtl: boolean): TableCell {
  const align = cell.align && (rtl ? MIRRORED[cell.align] : cell.align);
  return new TableCell({
    width: { size: width * TWIPS, type: WidthType.DXA },
    ...(cell.bordered ? {} : { borders: sides(NONE) }),
    ...(cell.columnSpan === undefined ? {} : { columnSpan: cell.columnSpan }),
    ...(cell.rowSpan === undefined ? {} : { rowSpan: cell.rowSpan }),
    ...(cell.fill === undefined
      ? {}
      : { shading: { fill: cell.fill.replace("#", ""), color: "auto", type: "clear" } }),
    children: cell.paragraphs.map(
      (pieces, index) =>
        new Paragraph({
          style: CELL_STYLE,
          ...(align ? { alignment: ALIGN[align] } : {}),
          ...(rtl ? { bidirectional: true } : {}),
          ...(index === 0 && cell.spaceBefore ? { spacing: { before: cell.spaceBefore * TWIPS } } : {}),
          children: piecesRuns(pieces, {
            ...(cell.fontSize === undefined ? {} : { size: cell.fontSize }),
            ...(cell.bold ? { bold: true } : {}),
            ...(rtl ? { rightToLeft: true } : {}),
          }),
        }),
    ),
  });
}

/** Widths of the cells of a row: each cell takes the columns it spans, after those a cell above covers. */
function rowOf(row: DocRow, widths: readonly number[], covered: ReadonlySet<number>, rtl: boolean): TableRow {
  let column = 0;
  const cells = row.cells.map((cell) => {
    while (covered.has(column)) column += 1;
    const span = cell.columnSpan ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    column += span;
    return cellOf(cell, width, rtl);
  });
  // No row splits across pages; a block's rows are kept with the next, so the block stays on one page.
  return new TableRow({
    children: cells,
    cantSplit: true,
    ...(row.header ? { tableHeader: true } : {}),
    ...(row.keepNext ? { keepNext: true } : {}),
  });
}

/**
 * A layout table as a Word table of fixed column widths, rows that never split and repeated heading rows;
 * `rtl`: its columns run from the right (`w:bidiVisual`) and its paragraphs are right to left.
 */
export function tableOf(table: DocTable, rtl = false): Table {
  const widths = table.columnWidths;
  const total = widths.reduce((sum, width) => sum + width, 0);
  // Columns covered from above by a cell merged down (the change note), per row still to come.
  const pending = new Map<number, number>();
  const rows = table.rows.map((row) => {
    const covered = new Set([...pending.keys()]);
    const tableRow = rowOf(row, widths, covered, rtl);
    for (const [column, left] of [...pending]) {
      if (left <= 1) pending.delete(column);
      else pending.set(column, left - 1);
    }
    let column = 0;
    for (const cell of row.cells) {
      while (covered.has(column)) column += 1;
      if ((cell.rowSpan ?? 1) > 1) pending.set(column, (cell.rowSpan ?? 1) - 1);
      column += cell.columnSpan ?? 1;
    }
    return tableRow;
  });
  return new Table({
    width: { size: total * TWIPS, type: WidthType.DXA },
    columnWidths: widths.map((width) => width * TWIPS),
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { ...sides(LINE), insideHorizontal: LINE, insideVertical: LINE },
    rows,
    ...(rtl ? { visuallyRightToLeft: true } : {}),
  });
}
