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
  const asOf = parseIsoDate(state.asOf);
  const busy = state.busy !== null;
  const { annexLanguage } = state;

  const options = useCallback(
    (language: Language, force: boolean): ActionOptions | null =>
      asOf === null
        ? null
        : {
            asOf,
            language,
            force,
            onProgress: (fraction) => dispatch({ type: "progressed", fraction }),
          },
    [asOf, dispatch],
  );

  const validate = useCallback(async () => {
    const opts = options(uiLanguage, false);
    if (busy || !opts) return;
    dispatch({ type: "started", action: "validate" });
    try {
      const outcome = await api.validate(opts);
      dispatch({
        type: "validated",
        view: { source: "validation", sheet: outcome.sheet, rows: outcome.rows, findings: outcome.findings },
      });
    } catch (error) {
      dispatch({ type: "failed", error: toPaneError(error, t, uiLanguage) });
    }
  }, [api, busy, dispatch, options, t, uiLanguage]);

  const generate = useCallback(
    async (kind: "summary" | "annex", force: boolean) => {
      const opts = options(annexLanguage, force);
      if (busy || !opts) return;
      dispatch({ type: "started", action: kind });
      try {
        const outcome = kind === "summary" ? await api.generateSummary(opts) : await api.generateAnnex(opts);
        dispatch({ type: "generated", action: kind, outcome });
      } catch (error) {
        dispatch({ type: "failed", error: toPaneError(error, t, uiLanguage) });
      }
    },
    [annexLanguage, api, busy, dispatch, options, t, uiLanguage],
  );

  const clearMarks = useCallback(async () => {
    if (busy) return;
    dispatch({ type: "started", action: "clearMarks" });
    try {
      await api.clearMarks();
      dispatch({ type: "marksCleared" });
    } catch (error) {
      dispatch({ type: "failed", error: toPaneError(error, t, uiLanguage) });
    }
  }, [api, busy, dispatch, t, uiLanguage]);

  const goTo = useCallback(
    async (finding: Finding) => {
      try {
        await api.goTo(finding);
      } catch (error) {
        dispatch({ type: "failed", error: toPaneError(error, t, uiLanguage) });
      }
    },
    [api, dispatch, t, uiLanguage],
  );

  return useMemo(() => ({ validate, generate, clearMarks, goTo }), [validate, generate, clearMarks, goTo]);
}
