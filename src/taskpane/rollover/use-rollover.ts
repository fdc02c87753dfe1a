import { useCallback, useState } from "react";
import type { IsoDate, RegisterApi, RolloverPlan, RolloverRefusal } from "../../app/register-api";
import { rolloverDiffersQuestion, rolloverRefusalMessage } from "../../labels/rollover-message";
import { useText } from "../i18n/text-context";
import { toPaneError } from "../state/to-pane-error";

/** Where "Start next reporting cycle" stands: asking, waiting, or with a result to show. */
export type RolloverState =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  /** The plan to confirm; `differs` is the question when previous statuses differ from History. */
  | { readonly kind: "confirming"; readonly plan: RolloverPlan; readonly differs: string | null }
  | { readonly kind: "done"; readonly plan: RolloverPlan }
  | { readonly kind: "refused"; readonly message: string }
  | { readonly kind: "failed"; readonly message: string };

type Differs = Extract<RolloverRefusal, { code: "previousDiffersFromHistory" }>;

/**
 * The action's steps: preview (and, when previous statuses differ from History, preview again as if
 * confirmed, so the dialog shows both the question and what will change), then apply on confirmation.
 */
export function useRollover(api: RegisterApi, asOf: IsoDate | null, archiveClosed: boolean) {
  const { t, language } = useText();
  const [state, setState] = useState<RolloverState>({ kind: "idle" });
  const failed = useCallback(
    (error: unknown) => setState({ kind: "failed", message: toPaneError(error, t, language).message }),
    [t, language],
  );

  const start = useCallback(async () => {
    if (asOf === null) return;
    setState({ kind: "working" });
    try {
      let preview = await api.previewRollover({ asOf, language, archiveClosed });
      let differs: Differs | null = null;
      if (preview.refusal?.code === "previousDiffersFromHistory") {
        differs = preview.refusal;
        preview = await api.previewRollover({ asOf, language, archiveClosed, confirmed: true });
      }
      if (preview.refusal) {
        setState({ kind: "refused", message: rolloverRefusalMessage(preview.refusal, language) });
        return;
      }
      const question = differs ? rolloverDiffersQuestion(differs, language) : null;
      setState({ kind: "confirming", plan: preview.plan, differs: question });
    } catch (error) {
      failed(error);
    }
  }, [api, asOf, language, archiveClosed, failed]);

  const confirm = useCallback(async () => {
    if (asOf === null || state.kind !== "confirming") return;
    const confirmed = state.differs !== null;
    setState({ kind: "working" });
    try {
      const done = await api.rollover({ asOf, language, confirmed, archiveClosed });
      if (done.refusal)
        setState({ kind: "refused", message: rolloverRefusalMessage(done.refusal, language) });
      else setState({ kind: "done", plan: done.plan });
    } catch (error) {
      failed(error);
    }
  }, [api, asOf, language, archiveClosed, state, failed]);

  const cancel = useCallback(() => setState({ kind: "idle" }), []);
  return { state, start, confirm, cancel };
}
