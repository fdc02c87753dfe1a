import type { RegisterApi } from "../../src/app/register-api";

/**
 * What the view shows after an action: the sheet the action made active (generation shows the new sheet,
 * goTo the finding's), or the sheet already in view (validation and Clear marks change no active sheet, and
 * the user may be looking at another sheet than the active one, as Excel's window would keep showing it).
 */
export type AfterAction = "showActive" | "keepShown";

/**
 * The same API, calling `changed` after every call settles, so the preview redraws the workbook after
 * each action the pane takes (validate marks cells, generation adds sheets, goTo moves the selection).
 */
export function observeApi(api: RegisterApi, changed: (after: AfterAction) => void): RegisterApi {
  // Redraw a frame later: the pane shows its result first, and drawing a big sheet does not delay it.
  const after =
    (what: AfterAction) =>
    <T>(promise: Promise<T>): Promise<T> => {
      const redraw = () => setTimeout(() => changed(what), 16);
      promise.then(redraw, redraw);
      return promise;
    };
  const showActive = after("showActive");
  const keepShown = after("keepShown");
  return {
    validate: (options) => keepShown(api.validate(options)),
    generateSummary: (options) => showActive(api.generateSummary(options)),
    generateAnnex: (options) => showActive(api.generateAnnex(options)),
    // The report is a document, not a sheet: the workbook's view does not change.
    createReportDocument: (options) => keepShown(api.createReportDocument(options)),
    clearMarks: () => keepShown(api.clearMarks()),
    goTo: (finding) => showActive(api.goTo(finding)),
    previewRollover: (options) => keepShown(api.previewRollover(options)),
    rollover: (options) => keepShown(api.rollover(options)),
    newRegister: (options) => showActive(api.newRegister(options)),
    checkAsYouType: () => api.checkAsYouType(),
    setCheckAsYouType: (on) => keepShown(api.setCheckAsYouType(on)),
    // Each edit checked as you type re-marks cells: redraw after it too.
    onLiveCheck: (listener) =>
      api.onLiveCheck((event) => {
        listener(event);
        setTimeout(() => changed("keepShown"), 16);
      }),
  };
}
