/**
 * What a read block's response will weigh, estimated sheet by sheet from the rows each sheet returned so
 * far. One rate for all sheets was wrong for a workbook with a large History sheet: a register row is 17
 * cells, many of them empty (about 1,750 bytes with number formats on the synthetic register, 103 a cell),
 * a History row 8 cells all filled, dates and an assessment among them (about 1,065 bytes, 133 a cell):
 * the block where the register ended and History began was sized at the register's rate and refused
 * (5.63 MB under the 5 MB cap). And rows differ (an assessment of 800 characters, another of 5,000): the
 * mean of the 250 rows first read may miss the next block's by 4%, so the estimate adds its uncertainty.
 */

import { jsonBytes } from "./payload";

/** A row weighs at least this: brackets, commas, empty values and their formats. */
const MIN_BYTES_PER_CELL = 8;
/** Standard errors of the measured mean added to it: a block then fits unless it is a rare one. */
const STANDARD_ERRORS = 2;

interface SheetWeight {
  rows: number;
  bytes: number;
  squares: number;
  /** Bytes per row of this sheet's last block: rows further down may weigh more than those above. */
  lastMean: number;
}

export class ResponseWeights<S> {
  readonly #sheets = new Map<S, SheetWeight>();
  #bytes = 0;
  #cells = 0;

  constructor(private readonly firstGuessBytesPerCell: number) {}

  /** Rows have been measured (any sheet): estimates are then close, not a first guess. */
  get measured(): boolean {
    return this.#cells > 0;
  }

  /** Records the response bytes of each row read from `sheet`, `columns` cells wide. */
  record(sheet: S, rowBytes: readonly number[], columns: number): void {
    if (rowBytes.length === 0) return;
    const weight = this.#sheets.get(sheet) ?? { rows: 0, bytes: 0, squares: 0, lastMean: 0 };
    let block = 0;
    for (const bytes of rowBytes) {
      block += bytes;
      weight.squares += bytes * bytes;
    }
    weight.rows += rowBytes.length;
    weight.bytes += block;
    weight.lastMean = block / rowBytes.length;
    this.#sheets.set(sheet, weight);
    this.#bytes += block;
    this.#cells += rowBytes.length * columns;
  }

  /**
   * Estimated response bytes of each of the sheet's next rows: the larger of its mean and its last block's,
   * plus the mean's uncertainty; for a sheet not yet measured, all sheets' bytes per cell (or the first guess).
   */
  bytesPerRow(sheet: S, columns: number): number {
    const weight = this.#sheets.get(sheet);
    const floor = MIN_BYTES_PER_CELL * columns;
    if (!weight) {
      const perCell = this.#cells > 0 ? this.#bytes / this.#cells : this.firstGuessBytesPerCell;
      return Math.max(floor, perCell * columns);
    }
    const mean = weight.bytes / weight.rows;
    const variance = Math.max(0, weight.squares / weight.rows - mean * mean);
    const error = Math.sqrt(variance / weight.rows);
    return Math.max(floor, Math.max(mean, weight.lastMean) + STANDARD_ERRORS * error);
  }
}

/** The response bytes of each row of a read block: its values and number formats, as JSON. */
export function rowWeights(values: readonly unknown[][], formats: readonly unknown[][]): number[] {
  // One byte for each of the two commas between rows.
  return values.map((row, i) => jsonBytes(row) + jsonBytes(formats[i] ?? []) + 2);
}
