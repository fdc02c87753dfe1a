import type { ActionOptions, ValidationOutcome } from "../app/register-api";
import type { WorkbookGrid } from "../core/grid";
import { parseWorkbook } from "../core/parse";
import { validate } from "../core/validate";
import type { XlRequestContext } from "./excel-api";
import { loadRegister, unusableRegister, type WorkbookMemory } from "./load-register";
import { clearMarkSteps, loadRules, planMasks, writeMarkSteps, type LoadedRules } from "./marks";
import { isUncertainLinkFinding, queueHyperlinkRead } from "./read-links";
import { runSteps, step } from "./steps";

export interface ActionDeps {
  readonly responseLimitBytes: number | null;
  readonly pause: () => Promise<void>;
  /** What the last action learnt of the workbook, so that the next one reads it in fewer round trips. */
  memory: WorkbookMemory | null;
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
  const masks = planMasks(
    provisional.filter((finding) => !isUncertainLinkFinding(finding, links)),
    read.grid,
  );
  const marks = writeMarkSteps(context, read.outline, masks);
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  let withLinks: ((grid: WorkbookGrid) => WorkbookGrid) | null = null;
  const readLinks = links && proxy ? [step(0, () => (withLinks = queueHyperlinkRead(proxy, links)))] : [];
  await runSteps(context, [...readLinks, ...clear, ...marks.steps], () => action.onProgress?.(0.9));
  const complete = withLinks as ((grid: WorkbookGrid) => WorkbookGrid) | null;
  if (!complete)
    return { sheet: outcome.register.sheet, rows: outcome.register.rows.length, findings: provisional };

  const grid = complete(read.grid);
  const reparsed = parseWorkbook(grid);
  if (!reparsed.ok) throw unusableRegister(reparsed.problem);
  const findings = validate(reparsed.register, action.asOf);
  const finalMasks = planMasks(findings, grid);
  if (JSON.stringify(finalMasks) !== JSON.stringify(masks)) {
    const rewrite = writeMarkSteps(context, read.outline, finalMasks);
    await runSteps(context, [step(0, () => marks.undo()), ...rewrite.steps]);
  }
  action.onProgress?.(1);
  return { sheet: reparsed.register.sheet, rows: reparsed.register.rows.length, findings };
}
