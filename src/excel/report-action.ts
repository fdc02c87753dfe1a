import type { ActionOptions, ReportDocumentOutcome } from "../app/register-api";
import { parseWorkbook } from "../core/parse";
import { readReportDetails } from "../core/parse/report-sheet";
import { summarize } from "../core/summarize";
import { validate } from "../core/validate";
import { layoutReportDocument } from "../layout/document";
import type { XlRequestContext } from "./excel-api";
import { loadRegister, unusableRegister } from "./load-register";
import { readHyperlinks } from "./read-links";
import type { ActionDeps } from "./validate-action";

/**
 * The report document from the open workbook: read the register with its links (two round trips, three
 * when the links need their own), refuse if it has errors (unless forced), then build the .docx with the
 * pipeline the CLI uses. Nothing is written to the workbook.
 */
export async function reportDocumentInExcel(
  context: XlRequestContext,
  action: ActionOptions,
  deps: ActionDeps,
): Promise<ReportDocumentOutcome> {
  let syncs = 0;
  const onSync = () => action.onProgress?.(Math.min(0.4, 0.15 * ++syncs));
  const { read, outcome, links, memory } = await loadRegister<undefined>(context, {
    responseLimitBytes: deps.responseLimitBytes,
    memory: deps.memory,
    onSync,
  });
  if (!outcome.ok) throw unusableRegister(outcome.problem);
  deps.memory = memory;
  let grid = read.grid;
  let register = outcome.register;
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  if (links && proxy) {
    grid = await readHyperlinks(context, proxy, read.grid, links, deps.responseLimitBytes);
    onSync();
    const reparsed = parseWorkbook(grid);
    if (!reparsed.ok) throw unusableRegister(reparsed.problem);
    register = reparsed.register;
  }
  const errors = validate(register, action.asOf).filter((finding) => finding.severity === "error");
  if (errors.length > 0 && !action.force) return { bytes: null, refusedFindings: errors };
  await deps.pause();
  const summary = summarize(register, action.asOf);
  action.onProgress?.(0.5);
  const document = layoutReportDocument(register, summary, readReportDetails(grid), action.language);
  // The Word writer is loaded on first use: it is most of the weight of this action, and the pane's first
  // paint should not wait for it.
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx-writer" */ "../docx/write-docx");
  const bytes = await reportDocxBytes(document);
  action.onProgress?.(1);
  return { bytes, refusedFindings: null };
}
