import type { MarkWriter, PendingCells, Validated } from "../app/ports";
import type { WorkbookGrid } from "../core/grid";
import type { XlRequestContext } from "./excel-api";
import type { LiveChecker } from "./live-check";
import {
  clearMarkSteps,
  loadRules,
  planMasks,
  writeMarkSteps,
  type LoadedRules,
  type MarkWrite,
  type SheetMask,
} from "./marks";
import { loadOutline, type WorkbookOutline } from "./outline";
import { runSteps, step, type WriteStep } from "./steps";
import { PendingLinks } from "./workbook-reader";

/** What the action's read brought that marking needs: the outline and the add-in's conditional formats. */
export interface MarkBasis {
  readonly outline: WorkbookOutline;
  readonly rules: LoadedRules;
}

/**
 * The marks port over Office.js, for one action. The first write removes the earlier marks and writes
 * the new ones in one request; a later write in the same action (findings changed once the links were
 * read) undoes that one and writes again in one request, or nothing when the marks are the same. Without
 * a read before it (Clear marks), `clear` finds the marks itself: two round trips, and one to remove them.
 */
export function excelMarkWriter(
  context: XlRequestContext,
  basis: () => MarkBasis | null,
  live: LiveChecker | null,
): MarkWriter {
  let last: { masks: SheetMask[]; write: MarkWrite } | null = null;
  const known = (): MarkBasis => {
    const found = basis();
    if (!found) throw new Error("Marks are written after the workbook is read.");
    return found;
  };
  const masksOf = (validated: Validated) =>
    withLiveAnchor(planMasks(validated.findings, validated.grid), live, validated);

  const write = async (validated: Validated, before: readonly WriteStep[] = []): Promise<void> => {
    const { outline, rules } = known();
    const masks = masksOf(validated);
    if (last && JSON.stringify(last.masks) === JSON.stringify(masks)) return;
    const marks = writeMarkSteps(context, outline, masks);
    const previous = last;
    const replace = previous
      ? [step(0, () => previous.write.undo())]
      : clearMarkSteps(context, outline, rules);
    await runSteps(context, [...before, ...replace, ...marks.steps]);
    last = { masks, write: marks };
  };

  return {
    write: (validated) => write(validated),
    writeAndRead: async (validated: Validated, pending: PendingCells): Promise<WorkbookGrid> => {
      if (!(pending instanceof PendingLinks)) {
        await write(validated);
        return pending.read();
      }
      let complete: (() => WorkbookGrid) | null = null;
      await write(validated, [step(0, () => (complete = pending.queue()))]);
      return complete ? (complete as () => WorkbookGrid)() : pending.read();
    },
    clear: async () => {
      const found = basis() ?? (await findMarks(context));
      if (found) await runSteps(context, clearMarkSteps(context, found.outline, found.rules));
    },
    settled: async (validated) => {
      if (!live?.enabled || !last) return;
      await live.remember(context, { ...validated, maskSheet: last.write.maskName, masks: last.masks });
    },
  };
}

/** The outline and, when the workbook has marks, the add-in's rules: null when there are no marks. */
async function findMarks(context: XlRequestContext): Promise<MarkBasis | null> {
  const outline = await loadOutline(context);
  if (!outline.markers.some((marker) => marker.role.kind === "marks")) return null;
  const rules = loadRules(
    context,
    outline.sheets.filter((sheet) => outline.roleOf(sheet.name) === null),
  );
  await context.sync();
  return { outline, rules };
}

/**
 * While checking as you type, a validation without findings still writes a mask (one cell, no mark), so
 * that the mask sheet exists for the marks of later edits.
 */
function withLiveAnchor(masks: SheetMask[], live: LiveChecker | null, validated: Validated): SheetMask[] {
  const { register, grid } = validated;
  if (!live?.enabled || masks.some((mask) => mask.sheet === register.sheet)) return masks;
  const origin = grid.sheets.find((sheet) => sheet.name === register.sheet)?.origin.column ?? 1;
  const maskColumn = masks.reduce(
    (end, mask) => Math.max(end, mask.maskColumn + (mask.values[0]?.length ?? 0)),
    0,
  );
  return [
    ...masks,
    { sheet: register.sheet, row: register.headerRow, column: origin - 1, values: [[0]], maskColumn },
  ];
}
