import { excelCode } from "./errors";
import type { XlRange, XlRequestContext } from "./excel-api";
import { RESPONSE_BUDGET_BYTES, RESPONSE_CAP_FILL } from "./payload";
import { ResponseWeights, rowWeights } from "./read-weights";
import { rowsToRead, type Extent, type SheetRead } from "./sheet-read";

/** Before anything was measured, assume this many response bytes per cell (values and number format). */
const FIRST_GUESS_BYTES_PER_CELL = 120;

interface Piece {
  readonly read: SheetRead;
  readonly rowCount: number;
  readonly cells: number;
  /** Its estimated response bytes. */
  readonly bytes: number;
  readonly range: XlRange;
}

/**
 * Reads what the first round trips left, in blocks of about 4 MB of response. Chunking is the point here,
 * so the sync sits in a loop on purpose.
 */
export async function readRemainingBlocks(
  context: XlRequestContext,
  reads: readonly SheetRead[],
  responseLimitBytes: number | null,
  onSync: () => void,
): Promise<void> {
  const weights = new ResponseWeights<SheetRead>(FIRST_GUESS_BYTES_PER_CELL);
  for (const read of reads)
    if (read.rowsRead > 0 && read.extent)
      weights.record(read, rowWeights(read.values, read.formats), read.extent.columnCount);
  // Fill a known cap nearly to the brim (the estimate is close); aim at 4 MB where none is known.
  const limit = responseLimitBytes;
  let budget = limit === null ? RESPONSE_BUDGET_BYTES / 1.1 : RESPONSE_CAP_FILL * limit;
  const pending = () => reads.filter((read) => read.rowsRead < rowsToRead(read));
  while (pending().length > 0) {
    // A first guess (no row measured yet) keeps the old margin: 0.96 / 1.32 is 0.8 of the cap, less 10%.
    const margin = weights.measured ? 1 : 1.32;
    const pieces = takePieces(
      pending(),
      budget,
      (read, columns) => weights.bytesPerRow(read, columns) * margin,
    );
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB block
      await context.sync();
    } catch (error) {
      const single = pieces.length === 1 && pieces[0]?.rowCount === 1;
      if (excelCode(error) !== "ResponsePayloadSizeLimitExceeded" || single) throw error;
      // The host's cap is lower than thought, or these rows weigh more than most: halve what a block may weigh.
      budget = Math.max(1, pieces.reduce((sum, piece) => sum + piece.bytes, 0) / 2);
      continue;
    }
    for (const piece of pieces) {
      const values = piece.range.values;
      const formats = piece.range.numberFormat;
      piece.read.values.push(...values);
      piece.read.formats.push(...formats);
      piece.read.rowsRead += piece.rowCount;
      weights.record(piece.read, rowWeights(values, formats), piece.cells / piece.rowCount);
    }
    onSync();
  }
}

/** Queues the loads of the next rows of each sheet, up to about `budget` response bytes in all. */
function takePieces(
  reads: readonly SheetRead[],
  budget: number,
  bytesPerRow: (read: SheetRead, columns: number) => number,
): Piece[] {
  const pieces: Piece[] = [];
  let bytes = 0;
  for (const read of reads) {
    const extent = read.extent as Extent;
    const left = rowsToRead(read) - read.rowsRead;
    const rowBytes = bytesPerRow(read, extent.columnCount);
    const room = Math.floor((budget - bytes) / rowBytes);
    const rowCount = Math.min(left, Math.max(pieces.length === 0 ? 1 : 0, room));
    if (rowCount <= 0) break;
    const range = read.proxy.getRangeByIndexes(
      extent.row + read.rowsRead,
      extent.column,
      rowCount,
      extent.columnCount,
    );
    range.load(["values", "numberFormat"]);
    pieces.push({ read, rowCount, cells: rowCount * extent.columnCount, bytes: rowCount * rowBytes, range });
    bytes += rowCount * rowBytes;
  }
  return pieces;
}
