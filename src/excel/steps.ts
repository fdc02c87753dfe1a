import type { XlRequestContext } from "./excel-api";
import { excelCode } from "./errors";
import { ACTION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from "./payload";

/** One or a few queued actions, with what they weigh in the request. */
export interface WriteStep {
  readonly bytes: number;
  queue(): void;
}

export function step(bytes: number, queue: () => void): WriteStep {
  return { bytes: bytes + ACTION_OVERHEAD_BYTES, queue };
}

/** The steps from `from` on that fit the budget, in order (at least one). */
function takeBatch(steps: readonly WriteStep[], from: number, budget: number): WriteStep[] {
  const batch: WriteStep[] = [];
  let bytes = 0;
  for (let i = from; i < steps.length; i++) {
    const next = steps[i] as WriteStep;
    if (batch.length > 0 && bytes + next.bytes > budget) break;
    batch.push(next);
    bytes += next.bytes;
  }
  return batch;
}

/**
 * Sends the steps in as few round trips as the payload limit allows, with screen updating and
 * calculation suspended for each. Chunking is the point here, so the sync sits in a loop on purpose:
 * one round trip per batch of up to 4.8 MB (as the in-memory Excel weighs requests).
 *
 * The weights are estimates: Office.js wraps each action in more JSON than they count (about half as
 * much again for a merge or a page break). If Excel refuses a request as too large, which it does before
 * applying any of it, the same steps go again in batches of half the size, and so does the rest.
 */
export async function runSteps(
  context: XlRequestContext,
  steps: readonly WriteStep[],
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  let budget = REQUEST_BUDGET_BYTES;
  let next = 0;
  while (next < steps.length) {
    const batch = takeBatch(steps, next, budget);
    context.application.suspendScreenUpdatingUntilNextSync();
    context.application.suspendApiCalculationUntilNextSync();
    for (const each of batch) each.queue();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload-sized batch
      await context.sync();
    } catch (error) {
      if (excelCode(error) !== "RequestPayloadSizeLimitExceeded" || batch.length < 2) throw error;
      budget = Math.max(1, batchBytes(batch) / 2);
      continue;
    }
    next += batch.length;
    onBatch?.(next, steps.length);
  }
}

function batchBytes(batch: readonly WriteStep[]): number {
  return batch.reduce((sum, each) => sum + each.bytes, 0);
}
