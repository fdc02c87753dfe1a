import { createExcelRegisterApi } from "../../src/excel";
import type { Language } from "../../src/labels/language";
import { createMemoryExcel, type MemoryExcel } from "../memory-excel";
import { syntheticWorkbookGrid } from "../synthetic/synthetic-register";
import { loadSampleWorkbook } from "./load-sample";
import type { PreviewBackend } from "./PreviewApp";
import { sampleSheets } from "./sample-fault";
import { drawWorkbook } from "./workbook/drawing-from-memory";

/** Each sync waits this long, as a round trip to Excel on the web does, so progress shows as it would there. */
const ROUND_TRIP_MS = 50;

/**
 * The in-memory Excel and the add-in's adapter working on it. It holds the sample register, or with
 * `rows` a synthetic register of that many rows (to watch the pane on a big register).
 */
export async function createPreviewBackend(options: {
  fault: boolean;
  language: Language;
  rows: number | null;
  empty?: boolean;
}): Promise<PreviewBackend> {
  let excel: MemoryExcel;
  if (options.empty) {
    excel = createMemoryExcel({ sheets: [{ name: "Sheet1", cells: [] }] }, { latencyMs: ROUND_TRIP_MS });
  } else if (options.rows !== null) {
    excel = createMemoryExcel(syntheticWorkbookGrid(options.rows, 1), { latencyMs: ROUND_TRIP_MS });
  } else {
    excel = createMemoryExcel(null, { latencyMs: ROUND_TRIP_MS });
    await loadSampleWorkbook(excel.run, sampleSheets(options.fault));
  }
  excel.resetStats();
  return {
    api: createExcelRegisterApi(excel.run, {
      responseLimitBytes: excel.limits.responseBytes,
      language: options.language,
    }),
    draw: (sheet) => drawWorkbook(excel, sheet),
    // What a person typing into the workbook does (the preview draws cells, it does not edit them): the
    // end-to-end test calls it through `window.jiuTypeInto` to watch Check as I type.
    typeInto: (sheet, address, values) => excel.typeInto(sheet, address, values),
  };
}
