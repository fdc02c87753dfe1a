import type { XlRequestContext } from "./excel-api";
import { ACTION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from "./payload";

/** One or a few queued actions, with what they weigh in the request. */
export interface WriteStep {
  readonly bytes: number;
  queue(): void;
}

export function step(bytes: number, queue: () => void): WriteStep {
  return { bytes: bytes + ACTION_OVERHEAD_BYTES, queue };
}

/** Packs steps, in order, into batches that each stay under the request budget. */
export function packSteps(steps: readonly WriteStep[], budget = REQUEST_BUDGET_BYTES): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const next of steps) {
    if (current.length > 0 && bytes + next.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(next);
    bytes += next.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Sends the steps in as few round trips as the payload limit allows, with screen updating and
 * calculation suspended for each. Chunking is the point here, so the sync sits in a loop on purpose:
 * one round trip per 3.5 MB batch.
 */
export async function runSteps(
  context: XlRequestContext,
  steps: readonly WriteStep[],
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  const batches = packSteps(steps);
  for (const [index, batch] of batches.entries()) {
    context.application.suspendScreenUpdatingUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    for (const each of batch) each.queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload-sized batch
    await context.sync();
    onBatch?.(index + 1, batches.length);
  }
}
