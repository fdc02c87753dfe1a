import type { RegisterApi } from "./register-api";

/**
 * A `RegisterApi` whose implementation arrives later: the task pane paints with this one while the
 * adapter (the core, the layouts and the Office.js writers: most of the pane's code) loads as a chunk of
 * its own. Actions wait for it; what must answer at once (is live checking on?) answers "off" until it is
 * there, and `whenReady` tells the pane when to ask again. Loading starts at once, not at the first click.
 */
export function lazyRegisterApi(load: () => Promise<RegisterApi>): RegisterApi {
  let loaded: RegisterApi | null = null;
  const ready = load().then((api) => (loaded = api));
  const later =
    <A extends unknown[], R>(call: (api: RegisterApi, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      call(await ready, ...args);
  return {
    validate: later((api, options) => api.validate(options)),
    generateSummary: later((api, options) => api.generateSummary(options)),
    generateAnnex: later((api, options) => api.generateAnnex(options)),
    createReportDocument: later((api, options) => api.createReportDocument(options)),
    clearMarks: later((api) => api.clearMarks()),
    goTo: later((api, finding) => api.goTo(finding)),
    newRegister: later((api, options) => api.newRegister(options)),
    previewRollover: later((api, options) => api.previewRollover(options)),
    rollover: later((api, options) => api.rollover(options)),
    setCheckAsYouType: later((api, on) => api.setCheckAsYouType(on)),
    checkAsYouType: () => loaded?.checkAsYouType() ?? false,
    onLiveCheck: (listener) => {
      let unsubscribe: (() => void) | null = null;
      let cancelled = false;
      void ready.then((api) => {
        if (!cancelled) unsubscribe = api.onLiveCheck(listener);
      });
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    whenReady: async () => {
      await ready;
    },
  };
}
