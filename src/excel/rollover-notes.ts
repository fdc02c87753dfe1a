import type { XlRange, XlRequestContext } from "./excel-api";
import { excelCode } from "./errors";

/** Cells a failed roll-over writes back: a range with its formulas (and number formats) as they were. */
export interface Snapshot {
  readonly range: XlRange;
  readonly withFormats: boolean;
}

/** A block of cells to note before the roll-over writes over them, with what its response may weigh. */
export interface NoteBlock {
  readonly bytes: number;
  /** Creates the range and queues its load; null for what is loaded for other use than the undo. */
  note(): Snapshot | null;
}

/** What one noting round trip may bring back: Excel on the web refuses a response over 5 MB. */
const NOTE_BUDGET_BYTES = 4_500_000;
/** A block's cap, so that a refused round trip can be sent again in smaller ones. */
export const NOTE_BLOCK_BYTES = 1_000_000;

/**
 * Rows [0, rows) cut into blocks of about NOTE_BLOCK_BYTES at `bytesPerRow`, each as [offset, count].
 *
 * @example noteRowBlocks(5, 400_000) // [[0, 2], [2, 2], [4, 1]]
 */
export function noteRowBlocks(rows: number, bytesPerRow: number): [number, number][] {
  const perBlock = Math.max(1, Math.floor(NOTE_BLOCK_BYTES / Math.max(1, bytesPerRow)));
  const blocks: [number, number][] = [];
  for (let offset = 0; offset < rows; offset += perBlock)
    blocks.push([offset, Math.min(perBlock, rows - offset)]);
  return blocks;
}

/**
 * Notes every block, packed into round trips whose responses stay under 4.5 MB as estimated: the round
 * trips are ceil(estimated bytes / 4.5 MB), however many blocks there are. The sync sits in a loop on
 * purpose: one per response-sized group. If Excel refuses a response as too large (the estimate missed),
 * the group goes again in halves.
 */
export async function readNotes(
  context: XlRequestContext,
  blocks: readonly NoteBlock[],
): Promise<Snapshot[]> {
  const snapshots: Snapshot[] = [];
  let budget = NOTE_BUDGET_BYTES;
  let next = 0;
  while (next < blocks.length) {
    const group: NoteBlock[] = [];
    let bytes = 0;
    for (let i = next; i < blocks.length; i++) {
      const block = blocks[i] as NoteBlock;
      if (group.length > 0 && bytes + block.bytes > budget) break;
      group.push(block);
      bytes += block.bytes;
    }
    const noted = group.map((block) => block.note());
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per response-sized group
      await context.sync();
    } catch (error) {
      if (excelCode(error) !== "ResponsePayloadSizeLimitExceeded" || group.length < 2) throw error;
      budget = Math.max(1, bytes / 2);
      continue;
    }
    for (const snapshot of noted) if (snapshot) snapshots.push(snapshot);
    next += group.length;
  }
  return snapshots;
}
