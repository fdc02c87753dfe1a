import type { ActionOptions, GenerationOutcome } from "../app/register-api";
import type { Register } from "../core/model";
import { parseWorkbook } from "../core/parse";
import { validate } from "../core/validate";
import type { SheetLayout } from "../layout/model";
import type { XlRequestContext } from "./excel-api";
import { writeGeneratedSheets } from "./generate";
import { loadRegister, unusableRegister } from "./load-register";
import { readHyperlinks } from "./read-links";
import type { ActionDeps } from "./validate-action";

export interface GenerationSpec {
  /** The sheets to write, from the register. */
  readonly layoutsOf: (register: Register) => SheetLayout[];
  /** Whether the sheets show the register's links (the annexes do, the summary does not). */
  readonly usesLinks: boolean;
}

/**
 * Generate sheets: read (two round trips), refuse if the register has errors (unless forced), then write
 * (one round trip per 4.8 MB, the last one putting the sheets in place). Hyperlinks of link cells that
 * show text come with the second read when the register is the active sheet or the first one with its
 * header in the top rows; otherwise they cost one more round trip, taken only when the sheets show links
 * or the refusal depends on them.
 */
export async function generateInExcel(
  context: XlRequestContext,
  action: ActionOptions,
  spec: GenerationSpec,
  deps: ActionDeps,
): Promise<GenerationOutcome> {
  let syncs = 0;
  const onSync = () => action.onProgress?.(Math.min(0.4, 0.15 * ++syncs));
  const { read, outcome, links, memory } = await loadRegister<undefined>(context, {
    responseLimitBytes: deps.responseLimitBytes,
    memory: deps.memory,
    onSync,
  });
  if (!outcome.ok) throw unusableRegister(outcome.problem);
  let register = outcome.register;
  deps.memory = memory;
  let findings = validate(register, action.asOf);
  const hasErrors = () => findings.some((finding) => finding.severity === "error");
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  if (links && proxy && (spec.usesLinks || (!action.force && hasErrors()))) {
    const grid = await readHyperlinks(context, proxy, read.grid, links, deps.responseLimitBytes);
    onSync();
    const reparsed = parseWorkbook(grid);
    if (!reparsed.ok) throw unusableRegister(reparsed.problem);
    register = reparsed.register;
    findings = validate(register, action.asOf);
  }
  if (hasErrors() && !action.force)
    return {
      sheets: [],
      renamedFrom: [],
      refusedFindings: findings.filter((finding) => finding.severity === "error"),
    };
  await deps.pause();
  const layouts = spec.layoutsOf(register);
  action.onProgress?.(0.5);
  const written = await writeGeneratedSheets(context, read.outline, layouts, (done, total) =>
    action.onProgress?.(0.5 + (0.5 * done) / total),
  );
  return { ...written, refusedFindings: null };
}
