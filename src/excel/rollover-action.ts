import type { RolloverActionOptions, RolloverResult } from "../app/rollover";
import { planRollover } from "../core/rollover";
import type { XlRequestContext } from "./excel-api";
import { loadRegister, unusableRegister } from "./load-register";
import { applyRollover } from "./rollover-write";
import type { ActionDeps } from "./validate-action";

/**
 * "Start next reporting cycle": reads the workbook (one or two round trips), plans the roll-over in the
 * core, and with `apply` writes it (see applyRollover). A preview, or a refusal, writes nothing.
 */
export async function rolloverInExcel(
  context: XlRequestContext,
  action: RolloverActionOptions,
  deps: ActionDeps,
  apply: boolean,
): Promise<RolloverResult> {
  let syncs = 0;
  const { read, outcome, memory } = await loadRegister<undefined>(context, {
    responseLimitBytes: deps.responseLimitBytes,
    memory: deps.memory,
    onSync: () => action.onProgress?.(Math.min(0.4, 0.15 * ++syncs)),
  });
  if (!outcome.ok) throw unusableRegister(outcome.problem);
  deps.memory = memory;
  const planned = planRollover(outcome.register, read.grid, action.asOf, {
    confirmed: action.confirmed ?? false,
    archiveClosed: action.archiveClosed ?? false,
  });
  if (!planned.ok) return { plan: null, refusal: planned.refusal };
  if (apply) {
    await deps.pause();
    await applyRollover(context, planned.plan, (done, total) =>
      action.onProgress?.(0.5 + (0.5 * done) / total),
    );
  }
  return { plan: planned.plan, refusal: null };
}
