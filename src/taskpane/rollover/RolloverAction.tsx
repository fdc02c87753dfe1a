import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CalendarArrowRight20Regular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { IsoDate, RegisterApi, RolloverPlan } from "../../app/register-api";
import { rolloverPlanLines } from "../../labels/rollover-message";
import { useText } from "../i18n/text-context";
import { useRollover, type RolloverState } from "./use-rollover";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { justifyContent: "flex-start" },
  changes: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface RolloverActionProps {
  readonly api: RegisterApi;
  /** Null while the as-of date is not a date. */
  readonly asOf: IsoDate | null;
  /** True while another action of the pane runs. */
  readonly blocked: boolean;
}

/**
 * "Start next reporting cycle": asks first, in a dialog that says exactly what will change (History rows,
 * columns created, previous statuses set, "assessment updated" cleared, and with the archive option how
 * many closed rows move to the Archive sheet), then rolls over.
 */
export function RolloverAction({ api, asOf, blocked }: RolloverActionProps) {
  const styles = useStyles();
  const { t } = useText();
  const [archiveClosed, setArchiveClosed] = useState(false);
  const { state, start, confirm, cancel } = useRollover(api, asOf, archiveClosed);
  const working = state.kind === "working";
  // The dialog stays mounted and is closed through `open`, so that Fluent gives the page back (its
  // aria-hidden and focus) as it closes; it keeps showing the last plan while it does.
  const asked = useRef<{ plan: RolloverPlan; differs: string | null } | null>(null);
  if (state.kind === "confirming") asked.current = { plan: state.plan, differs: state.differs };
  return (
    <section className={styles.section} aria-live="polite">
      <Button
        className={styles.action}
        icon={<CalendarArrowRight20Regular />}
        disabledFocusable={blocked || working || asOf === null}
        onClick={() => void start()}
      >
        {t("rollover.action")}
      </Button>
      {asked.current && (
        <ConfirmDialog
          open={state.kind === "confirming"}
          plan={asked.current.plan}
          differs={asked.current.differs}
          onConfirm={() => void confirm()}
          onCancel={cancel}
        />
      )}
      <RolloverMessage state={state} />
      <Checkbox
        checked={archiveClosed}
        label={t("rollover.archiveOption")}
        onChange={(_, data) => setArchiveClosed(data.checked === true)}
      />
    </section>
  );
}

function ConfirmDialog(props: {
  open: boolean;
  plan: RolloverPlan;
  differs: string | null;
  onConfirm(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { t, language } = useText();
  return (
    <Dialog
      open={props.open}
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? undefined : props.onCancel())}
    >
      <DialogSurface aria-describedby="rollover-changes">
        <DialogBody>
          <DialogTitle>{t("rollover.dialogTitle", { asOf: props.plan.asOf })}</DialogTitle>
          <DialogContent className={styles.content}>
            {props.differs && (
              <MessageBar intent="warning">
                <MessageBarBody>{props.differs}</MessageBarBody>
              </MessageBar>
            )}
            <ul id="rollover-changes" className={styles.changes}>
              {rolloverPlanLines(props.plan, language).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t("rollover.confirm")}
            </Button>
            <Button onClick={props.onCancel}>{t("rollover.cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function RolloverMessage({ state }: { state: RolloverState }) {
  const { t } = useText();
  switch (state.kind) {
    case "done":
      return (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("rollover.done", {
              count: state.plan.history.recommendationRows,
              sheet: state.plan.history.sheet,
            })}
          </MessageBarBody>
        </MessageBar>
      );
    case "refused":
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}
