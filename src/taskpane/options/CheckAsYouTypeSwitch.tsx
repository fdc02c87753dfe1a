import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LiveCheckEvent, RegisterApi } from "../../app/register-api";
import { useText } from "../i18n/text-context";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface CheckAsYouTypeSwitchProps {
  readonly api: RegisterApi;
  /** Runs a full validation: checking as you type starts from one. */
  onValidate(): void;
  /** Each edit's findings, to show in the list. */
  onLiveFindings(event: Extract<LiveCheckEvent, { kind: "updated" }>): void;
  /** An edit could not be checked alone. */
  onLiveFailed(message: string): void;
}

/**
 * "Check as I type": off by default, its state kept in the document. Turned on, it validates once; then
 * each edit of the register updates the findings and the marks of the rows it touched, and an edit that
 * changes the register's shape runs a full validation.
 */
export function CheckAsYouTypeSwitch({
  api,
  onValidate,
  onLiveFindings,
  onLiveFailed,
}: CheckAsYouTypeSwitchProps) {
  const styles = useStyles();
  const { t } = useText();
  const [on, setOn] = useState(() => api.checkAsYouType());
  // On when the pane opens: edits are checked once a validation has read the register.
  const [waiting, setWaiting] = useState(on);

  // A pane that paints before the adapter has loaded asks again once it has: the document may have it on.
  useEffect(() => {
    let current = true;
    void api.whenReady?.().then(() => {
      if (!current) return;
      const saved = api.checkAsYouType();
      setOn(saved);
      setWaiting(saved);
    });
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(
    () =>
      api.onLiveCheck((event) => {
        setWaiting(false);
        if (event.kind === "updated") onLiveFindings(event);
        else if (event.kind === "needsFullCheck") onValidate();
        else onLiveFailed(event.message);
      }),
    [api, onLiveFindings, onLiveFailed, onValidate],
  );

  const toggle = (checked: boolean) => {
    setOn(checked);
    setWaiting(false);
    void api.setCheckAsYouType(checked).then(() => {
      if (checked) onValidate();
    });
  };

  return (
    <div className={styles.field}>
      <Switch
        checked={on}
        label={t("pane.checkAsYouType")}
        aria-describedby="check-as-you-type-hint"
        onChange={(_event, data) => toggle(data.checked)}
      />
      <Text size={200} id="check-as-you-type-hint" className={styles.hint}>
        {waiting ? t("pane.checkAsYouTypeNeedsValidate") : t("pane.checkAsYouTypeHint")}
      </Text>
    </div>
  );
}
