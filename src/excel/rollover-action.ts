import type { RolloverActionOptions, RolloverResult } from "../app/rollover";
import { planRollover } from "../core/rollover";
import type { XlRequestContext } from "./excel-api";
import { parseWorkbook } from "../core/parse";
import { loadRegister, unusableRegister } from "./load-register";
import { readHyperlinks } from "./read-links";
import { applyRollover } from "./rollover-write";
import type { ActionDeps } from "./validate-action";

/**
 * "Start next reporting cycle": reads the workbook (one or two round trips, and the hyperlinks of link
 * cells that show text when the first read could not bring them), plans the roll-over in the
 * core, and with `apply` writes it (see applyRollover). A preview, or a refusal, writes nothing.
 */
export async function rolloverInExcel(
  context: XlRequestContext,
  action: RolloverActionOptions,
  deps: ActionDeps,
  apply: boolean,
): Promise<RolloverResult> {
  let syncs = 0;
  const onSync = () => action.onProgress?.(Math.min(0.4, 0.15 * ++syncs));
  const { read, outcome, links, memory } = await loadRegister<undefined>(context, {
    responseLimitBytes: deps.responseLimitBytes,
    memory: deps.memory,
    onSync,
  });
  if (!outcome.ok) throw unusableRegister(outcome.problem);
  deps.memory = memory;
  let { register } = outcome;
  let grid = read.grid;
  // Link cells that show text, read without their hyperlinks (on a first action when the register is not
  // where the first read looks), would be "not a link" errors and History would lose their addresses.
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  if (links && proxy) {
    grid = await readHyperlinks(context, proxy, grid, links, deps.responseLimitBytes);
    onSync();
    const reparsed = parseWorkbook(grid);
    if (!reparsed.ok) throw unusableRegister(reparsed.problem);
    register = reparsed.register;
  }
  const planned = planRollover(register, grid, action.asOf, {
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
