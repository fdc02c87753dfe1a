import type { RegisterPorts } from "../app/ports";
import type { GenerationOutcome } from "../app/register-api";
import type { XlRequestContext } from "./excel-api";
import { excelMarkWriter } from "./excel-marks";
import { writeGeneratedSheets } from "./generate";
import type { LiveChecker } from "./live-check";
import { excelGridReader, type ExcelRead, type WorkbookMemory } from "./workbook-reader";

/** What the sheets port reports: the sheets written, and any written under another name than wanted. */
export type SheetsWritten = Omit<GenerationOutcome, "refusedFindings">;

export interface ExcelPortOptions {
  /** The host's cap on one response, in bytes (Excel on the web: 5 MB); null for none (desktop Excel). */
  readonly responseLimitBytes: number | null;
  /** Check as I type, which starts from a validation's marks while it is on. */
  readonly live: LiveChecker | null;
}

/**
 * The session's ports over one Excel request context (one `Excel.run`, one action): the grid reader,
 * the sheets writer and the marks writer. They share what the read found (the outline, which names are
 * taken, the add-in's conditional formats), so that writing needs no round trip to find it again.
 */
export function excelPorts(
  context: XlRequestContext,
  options: ExcelPortOptions,
): Required<RegisterPorts<WorkbookMemory, SheetsWritten>> {
  let read: ExcelRead | null = null;
  const outline = () => {
    if (!read) throw new Error("Sheets are written after the workbook is read.");
    return read.outline;
  };
  return {
    reader: excelGridReader(context, options.responseLimitBytes, (done) => (read = done)),
    sheets: { write: (layouts, onBatch) => writeGeneratedSheets(context, outline(), layouts, onBatch) },
    marks: excelMarkWriter(
      context,
      () => (read?.extra ? { outline: read.outline, rules: read.extra } : null),
      options.live,
    ),
  };
}
