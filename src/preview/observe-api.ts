import type { RegisterApi } from "../app/register-api";

/**
 * The same API, calling `changed` after every call settles, so the preview redraws the workbook after
 * each action the pane takes (validate marks cells, generation adds sheets, goTo moves the selection).
 */
export function observeApi(api: RegisterApi, changed: () => void): RegisterApi {
  // Redraw a frame later: the pane shows its result first, and drawing a big sheet does not delay it.
  const redraw = () => setTimeout(changed, 16);
  const after = <T>(promise: Promise<T>): Promise<T> => {
    promise.then(redraw, redraw);
    return promise;
  };
  return {
    validate: (options) => after(api.validate(options)),
    generateSummary: (options) => after(api.generateSummary(options)),
    generateAnnex: (options) => after(api.generateAnnex(options)),
    createReportDocument: (options) => after(api.createReportDocument(options)),
    clearMarks: () => after(api.clearMarks()),
    goTo: (finding) => after(api.goTo(finding)),
  };
}
