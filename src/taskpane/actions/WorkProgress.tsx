import { Field, ProgressBar } from "@fluentui/react-components";
import { useText } from "../i18n/text-context";
import type { PaneAction } from "../state/pane-state";
import type { LabelId } from "../../labels/labels";

const TITLES: Record<PaneAction, LabelId> = {
  validate: "ui.progress.validating",
  summary: "ui.progress.summary",
  annex: "ui.progress.annex",
  clearMarks: "ui.progress.clearing",
};

/** A bar that moves with the adapter's `onProgress`, indeterminate until the first report. */
export function WorkProgress({ action, progress }: { action: PaneAction; progress: number | null }) {
  const { t } = useText();
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <Field
      label={t(TITLES[action])}
      hint={percent === null ? t("ui.progress") : t("ui.progress.percent", { percent })}
    >
      <ProgressBar value={progress ?? undefined} max={1} thickness="large" />
    </Field>
  );
}
