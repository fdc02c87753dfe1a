import type { ActionOptions, ValidationOutcome } from "../app/register-api";
import type { WorkbookGrid } from "../core/grid";
import { parseWorkbook } from "../core/parse";
import { validate } from "../core/validate";
import type { XlRequestContext } from "./excel-api";
import type { WorkbookOutline } from "./outline";
import { loadRegister, unusableRegister, type WorkbookMemory } from "./load-register";
import type { Register } from "../core/model";
import type { LiveChecker, LiveStart } from "./live-check";
import {
  clearMarkSteps,
  loadRules,
  planMasks,
  writeMarkSteps,
  type LoadedRules,
  type MarkWrite,
  type SheetMask,
} from "./marks";
import { isUncertainLinkFinding, queueHyperlinkRead } from "./read-links";
import { runSteps, step } from "./steps";

export interface ActionDeps {
  readonly responseLimitBytes: number | null;
  readonly pause: () => Promise<void>;
  /** What the last action learnt of the workbook, so that the next one reads it in fewer round trips. */
  memory: WorkbookMemory | null;
  /** Check as I type: handed each validation while it is on. */
  readonly live?: LiveChecker | null;
}

/**
 * Validate and mark, in three round trips whatever the register's size: the outline; the cells with the
 * conditional formats (to find earlier marks); then one request that removes the old marks, writes the
 * new ones and reads the hyperlinks of link cells that show text. Findings that depend on those links
 * (E11) are marked only once the links are known; only if that changes the marks does a fourth round trip
 * rewrite them.
 */
export async function validateInExcel(
  context: XlRequestContext,
  action: ActionOptions,
  deps: ActionDeps,
): Promise<ValidationOutcome> {
  // Edits are checked against this validation's register from its end on (or not, if it fails).
  deps.live?.forget();
  let syncs = 0;
  const onSync = () => action.onProgress?.(Math.min(0.6, 0.2 * ++syncs));
  const { read, outcome, links, memory } = await loadRegister<LoadedRules>(context, {
    responseLimitBytes: deps.responseLimitBytes,
    memory: deps.memory,
    extras: loadRules,
    onSync,
  });
  const clear = clearMarkSteps(context, read.outline, read.extra);
  if (!outcome.ok) {
    // Marks of an earlier validation would point at a register that no longer reads: remove them.
    await runSteps(context, clear);
    throw unusableRegister(outcome.problem);
  }
  deps.memory = memory;
  await deps.pause();
  const provisional = validate(outcome.register, action.asOf);
  const register = outcome.register;
  const masks = withLiveAnchor(
    planMasks(
      provisional.filter((finding) => !isUncertainLinkFinding(finding, links)),
      read.grid,
    ),
    deps,
    register,
    read.grid,
  );
  const marks = writeMarkSteps(context, read.outline, masks);
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  let withLinks: ((grid: WorkbookGrid) => WorkbookGrid) | null = null;
  const readLinks = links && proxy ? [step(0, () => (withLinks = queueHyperlinkRead(proxy, links)))] : [];
  await runSteps(context, [...readLinks, ...clear, ...marks.steps], () => action.onProgress?.(0.9));
  const complete = withLinks as ((grid: WorkbookGrid) => WorkbookGrid) | null;
  if (!complete) {
    await rememberLive(
      context,
      deps,
      { grid: read.grid, register, findings: provisional, asOf: action.asOf },
      {
        maskSheet: marks.maskName,
        masks,
      },
    );
    return { sheet: register.sheet, rows: register.rows.length, findings: provisional };
  }

  return completeWithLinks(context, action, deps, {
    grid: complete(read.grid),
    outline: read.outline,
    masks,
    marks,
  });
}

/** The findings once the link cells' hyperlinks are known; the marks rewritten only if they changed. */
async function completeWithLinks(
  context: XlRequestContext,
  action: ActionOptions,
  deps: ActionDeps,
  {
    grid,
    outline,
    masks,
    marks,
  }: { grid: WorkbookGrid; outline: WorkbookOutline; masks: SheetMask[]; marks: MarkWrite },
): Promise<ValidationOutcome> {
  const reparsed = parseWorkbook(grid);
  if (!reparsed.ok) throw unusableRegister(reparsed.problem);
  const findings = validate(reparsed.register, action.asOf);
  const finalMasks = withLiveAnchor(planMasks(findings, grid), deps, reparsed.register, grid);
  let maskSheet = marks.maskName;
  if (JSON.stringify(finalMasks) !== JSON.stringify(masks)) {
    const rewrite = writeMarkSteps(context, outline, finalMasks);
    await runSteps(context, [step(0, () => marks.undo()), ...rewrite.steps]);
    maskSheet = rewrite.maskName;
  }
  const start = { grid, register: reparsed.register, findings, asOf: action.asOf };
  await rememberLive(context, deps, start, { maskSheet, masks: finalMasks });
  action.onProgress?.(1);
  return { sheet: reparsed.register.sheet, rows: reparsed.register.rows.length, findings };
}

/**
 * While checking as you type, a validation without findings still writes a mask (one cell, no mark), so
 * that the mask sheet exists for the marks of later edits.
 */
function withLiveAnchor(
  masks: SheetMask[],
  deps: ActionDeps,
  register: Register,
  grid: WorkbookGrid,
): SheetMask[] {
  if (!deps.live?.enabled || masks.some((mask) => mask.sheet === register.sheet)) return masks;
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

/** Hands the validation to Check as I type, when it is on. */
async function rememberLive(
  context: XlRequestContext,
  deps: ActionDeps,
  start: Omit<LiveStart, "maskSheet" | "masks">,
  marks: Pick<LiveStart, "maskSheet" | "masks">,
): Promise<void> {
  if (deps.live?.enabled) await deps.live.remember(context, { ...start, ...marks });
}
