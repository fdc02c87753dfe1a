import { useCallback, useMemo, type Dispatch } from "react";
import type { ActionOptions, RegisterApi, Finding } from "../../app/register-api";
import { parseIsoDate } from "../../app/dates";
import type { Translate } from "../i18n/text-context";
import type { PaneEvent, PaneState } from "./pane-state";
import { toPaneError } from "./to-pane-error";
import type { Language } from "../../labels/language";

export interface PaneActions {
  validate(): Promise<void>;
  generate(kind: "summary" | "annex", force: boolean): Promise<void>;
  clearMarks(): Promise<void>;
  goTo(finding: Finding): Promise<void>;
}

/**
 * Binds the pane's buttons to the `RegisterApi`: one action at a time, progress fed into the state,
 * every failure turned into a message. Components call these; none of them knows about Excel.
 */
export function usePaneActions(
  api: RegisterApi,
  state: PaneState,
  dispatch: Dispatch<PaneEvent>,
  uiLanguage: Language,
  t: Translate,
): PaneActions {
  const busy = state.busy !== null;
  const { annexLanguage } = state;
  const options = useActionOptions(state.asOf, dispatch);
  const fail = useCallback(
    (error: unknown) => dispatch({ type: "failed", error: toPaneError(error, t, uiLanguage) }),
    [dispatch, t, uiLanguage],
  );

  const validate = useCallback(async () => {
    const opts = options(uiLanguage, false);
    if (busy || !opts) return;
    dispatch({ type: "started", action: "validate" });
    await api
      .validate(opts)
      .then(({ sheet, rows, findings }) =>
        dispatch({ type: "validated", view: { source: "validation", sheet, rows, findings } }),
      )
      .catch(fail);
  }, [api, busy, dispatch, fail, options, uiLanguage]);

  const generate = useCallback(
    async (kind: "summary" | "annex", force: boolean) => {
      const opts = options(annexLanguage, force);
      if (busy || !opts) return;
      dispatch({ type: "started", action: kind });
      await (kind === "summary" ? api.generateSummary(opts) : api.generateAnnex(opts))
        .then((outcome) => dispatch({ type: "generated", action: kind, outcome }))
        .catch(fail);
    },
    [annexLanguage, api, busy, dispatch, fail, options],
  );

  const clearMarks = useCallback(async () => {
    if (busy) return;
    dispatch({ type: "started", action: "clearMarks" });
    await api
      .clearMarks()
      .then(() => dispatch({ type: "marksCleared" }))
      .catch(fail);
  }, [api, busy, dispatch, fail]);

  const goTo = useCallback((finding: Finding) => api.goTo(finding).catch(fail), [api, fail]);

  return useMemo(() => ({ validate, generate, clearMarks, goTo }), [validate, generate, clearMarks, goTo]);
}

/**
 * The options of an action, from the date field's text (parsed once per change) and the output language;
 * null while the date is not a valid YYYY-MM-DD.
 */
function useActionOptions(
  asOfText: string,
  dispatch: Dispatch<PaneEvent>,
): (language: Language, force: boolean) => ActionOptions | null {
  const asOf = useMemo(() => parseIsoDate(asOfText), [asOfText]);
  return useCallback(
    (language, force) =>
      asOf === null
        ? null
        : { asOf, language, force, onProgress: (fraction) => dispatch({ type: "progressed", fraction }) },
    [asOf, dispatch],
  );
}
