import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ClipboardTaskListLtr20Regular,
  DataBarVertical20Regular,
  DocumentTable20Regular,
  Eraser20Regular,
} from "@fluentui/react-icons";
import { useText } from "../i18n/text-context";
import type { PaneAction } from "../state/pane-state";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { justifyContent: "flex-start" },
});

export interface PrimaryActionsProps {
  /** The running action, if any: every button waits while one runs. */
  readonly busy: PaneAction | null;
  /** False while the as-of date is not a date. */
  readonly ready: boolean;
  onValidate(): void;
  onGenerateSummary(): void;
  onGenerateAnnex(): void;
  onClearMarks(): void;
}

/**
 * The pane's commands. Buttons stay focusable while work runs (`disabledFocusable`) so a keyboard user
 * does not lose their place.
 */
export function PrimaryActions(props: PrimaryActionsProps) {
  const { t } = useText();
  const styles = useStyles();
  const blocked = props.busy !== null || !props.ready;
  return (
    <div className={styles.actions} role="group" aria-label={t("ui.appTitle")}>
      <Button
        appearance="primary"
        className={styles.action}
        icon={<ClipboardTaskListLtr20Regular />}
        disabledFocusable={blocked}
        onClick={props.onValidate}
      >
        {t("ui.validate")}
      </Button>
      <Button
        className={styles.action}
        icon={<DataBarVertical20Regular />}
        disabledFocusable={blocked}
        onClick={props.onGenerateSummary}
      >
        {t("ui.generateSummary")}
      </Button>
      <Button
        className={styles.action}
        icon={<DocumentTable20Regular />}
        disabledFocusable={blocked}
        onClick={props.onGenerateAnnex}
      >
        {t("ui.generateAnnex")}
      </Button>
      <Button
        appearance="subtle"
        className={styles.action}
        icon={<Eraser20Regular />}
        disabledFocusable={props.busy !== null}
        onClick={props.onClearMarks}
      >
        {t("ui.clearMarks")}
      </Button>
    </div>
  );
}
