import { createExcelRegisterApi } from "../excel";
import type { Language } from "../labels/language";
import { createMemoryExcel } from "../memory-excel";
import { loadSampleWorkbook } from "./load-sample";
import type { PreviewBackend } from "./PreviewApp";
import { sampleSheets } from "./sample-fault";
import { drawWorkbook } from "./workbook/drawing-from-memory";

/** Each sync waits this long, as a round trip to Excel on the web does, so progress shows as it would there. */
const ROUND_TRIP_MS = 50;

/** The in-memory Excel holding the sample register, and the add-in's adapter working on it. */
export async function createPreviewBackend(options: {
  fault: boolean;
  language: Language;
}): Promise<PreviewBackend> {
  const excel = createMemoryExcel(null, { latencyMs: ROUND_TRIP_MS });
  await loadSampleWorkbook(excel.run, sampleSheets(options.fault));
  excel.resetStats();
  return {
    api: createExcelRegisterApi(excel.run, {
      responseLimitBytes: excel.limits.responseBytes,
      language: options.language,
    }),
    draw: () => drawWorkbook(excel),
  };
}
