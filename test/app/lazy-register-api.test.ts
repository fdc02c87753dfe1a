import type { LiveCheckEvent, RegisterApi } from "../../src/app/register-api";
import { lazyRegisterApi } from "../../src/app/lazy-register-api";

/** An implementation that records calls, with live checking on and one listener slot. */
function recordingApi(calls: string[]): { api: RegisterApi; emit: (event: LiveCheckEvent) => void } {
  let listener: ((event: LiveCheckEvent) => void) | null = null;
  const record = (name: string) => async (): Promise<never> => {
    calls.push(name);
    return { name } as never;
  };
  const api: RegisterApi = {
    validate: record("validate"),
    generateSummary: record("generateSummary"),
    generateAnnex: record("generateAnnex"),
    createReportDocument: record("createReportDocument"),
    clearMarks: record("clearMarks"),
    goTo: record("goTo"),
    newRegister: record("newRegister"),
    previewRollover: record("previewRollover"),
    rollover: record("rollover"),
    setCheckAsYouType: record("setCheckAsYouType"),
    checkAsYouType: () => true,
    onLiveCheck: (next) => {
      listener = next;
      return () => {
        listener = null;
      };
    },
  };
  return { api, emit: (event) => listener?.(event) };
}

describe("lazyRegisterApi", () => {
  it("answers 'off' before the implementation loads, and the implementation's answer after", async () => {
    let resolve: (api: RegisterApi) => void = () => undefined;
    const lazy = lazyRegisterApi(() => new Promise((done) => (resolve = done)));
    expect(lazy.checkAsYouType()).toBe(false);
    resolve(recordingApi([]).api);
    await lazy.whenReady?.();
    expect(lazy.checkAsYouType()).toBe(true);
  });

  it("starts loading at once and hands each action to the implementation once loaded", async () => {
    const calls: string[] = [];
    const load = jest.fn(async () => recordingApi(calls).api);
    const lazy = lazyRegisterApi(load);
    expect(load).toHaveBeenCalledTimes(1);
    await lazy.clearMarks();
    await lazy.rollover({} as never);
    await lazy.validate({} as never);
    expect(calls).toEqual(["clearMarks", "rollover", "validate"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes live-check events to a listener subscribed before loading, and none after unsubscribing", async () => {
    const { api, emit } = recordingApi([]);
    const lazy = lazyRegisterApi(async () => api);
    const events: LiveCheckEvent[] = [];
    const unsubscribe = lazy.onLiveCheck((event) => events.push(event));
    await lazy.whenReady?.();
    emit({ kind: "needsFullCheck" });
    unsubscribe();
    emit({ kind: "needsFullCheck" });
    expect(events).toEqual([{ kind: "needsFullCheck" }]);
  });

  it("never subscribes a listener that unsubscribed before loading", async () => {
    const { api, emit } = recordingApi([]);
    const lazy = lazyRegisterApi(async () => api);
    const events: LiveCheckEvent[] = [];
    lazy.onLiveCheck((event) => events.push(event))();
    await lazy.whenReady?.();
    emit({ kind: "needsFullCheck" });
    expect(events).toEqual([]);
  });
});
