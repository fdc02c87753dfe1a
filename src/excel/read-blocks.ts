import { excelCode } from "./errors";
import type { XlRange, XlRequestContext } from "./excel-api";
import { jsonBytes, RESPONSE_BUDGET_BYTES, RESPONSE_CAP_FILL } from "./payload";
import { rowsToRead, type Extent, type SheetRead } from "./sheet-read";

/** Before anything was measured, assume this many response bytes per cell (values and number format). */
const FIRST_GUESS_BYTES_PER_CELL = 120;

interface Piece {
  readonly read: SheetRead;
  readonly rowCount: number;
  readonly cells: number;
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
  let measuredBytes = 0;
  let measuredCells = 0;
  for (const read of reads) {
    if (read.rowsRead === 0 || !read.extent) continue;
    measuredBytes += jsonBytes(read.values) + jsonBytes(read.formats);
    measuredCells += read.rowsRead * read.extent.columnCount;
  }
  let bytesPerCell =
    measuredCells > 0 ? Math.max(8, measuredBytes / measuredCells) : FIRST_GUESS_BYTES_PER_CELL;
  // Fill a known cap nearly to the brim (the estimate is close); aim at 4 MB where none is known.
  const limit = responseLimitBytes;
  let budget = limit === null ? RESPONSE_BUDGET_BYTES / 1.1 : RESPONSE_CAP_FILL * limit;
  const pending = () => reads.filter((read) => read.rowsRead < rowsToRead(read));
  while (pending().length > 0) {
    // A first guess (no row measured yet) keeps the old margin: 0.96 / 1.32 is 0.8 of the cap, less 10%.
    const margin = measuredCells > 0 ? 1 : 1.32;
    const budgetCells = Math.max(1, Math.floor(budget / (bytesPerCell * margin)));
    const pieces = takePieces(pending(), budgetCells);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per 4 MB block
      await context.sync();
    } catch (error) {
      const single = pieces.length === 1 && pieces[0]?.rowCount === 1;
      if (excelCode(error) !== "ResponsePayloadSizeLimitExceeded" || single) throw error;
      // The host's cap is lower than thought, or these rows weigh more than most: halve what a block may weigh.
      budget = Math.max(1, (pieces.reduce((sum, piece) => sum + piece.cells, 0) * bytesPerCell) / 2);
      continue;
    }
    let blockBytes = 0;
    let blockCells = 0;
    for (const piece of pieces) {
      const values = piece.range.values;
      const formats = piece.range.numberFormat;
      piece.read.values.push(...values);
      piece.read.formats.push(...formats);
      piece.read.rowsRead += piece.rowCount;
      blockBytes += jsonBytes(values) + jsonBytes(formats);
      blockCells += piece.rowCount * (piece.read.extent?.columnCount ?? 0);
    }
    measuredBytes += blockBytes;
    measuredCells += blockCells;
    bytesPerCell = Math.max(measuredBytes / Math.max(1, measuredCells), blockBytes / Math.max(1, blockCells));
    onSync();
  }
}

/** Queues the loads of the next rows of each sheet, up to about `budgetCells` cells in all. */
function takePieces(reads: readonly SheetRead[], budgetCells: number): Piece[] {
  const pieces: Piece[] = [];
  let cells = 0;
  for (const read of reads) {
    const extent = read.extent as Extent;
    const left = rowsToRead(read) - read.rowsRead;
    const room = Math.floor((budgetCells - cells) / extent.columnCount);
    const rowCount = Math.min(left, Math.max(pieces.length === 0 ? 1 : 0, room));
    if (rowCount <= 0) break;
    const range = read.proxy.getRangeByIndexes(
      extent.row + read.rowsRead,
      extent.column,
      rowCount,
      extent.columnCount,
    );
    range.load(["values", "numberFormat"]);
    pieces.push({ read, rowCount, cells: rowCount * extent.columnCount, range });
    cells += rowCount * extent.columnCount;
  }
  return pieces;
}
