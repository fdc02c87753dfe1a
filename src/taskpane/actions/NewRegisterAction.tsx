import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { useCallback, useState } from "react";
import type { RegisterApi } from "../../app/register-api";
import type { Language } from "../../labels/language";
import { useText } from "../i18n/text-context";
import { toPaneError } from "../state/to-pane-error";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  action: { justifyContent: "flex-start" },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Result =
  | { readonly kind: "written"; readonly sheet: string }
  | { readonly kind: "failed"; readonly message: string };

export interface NewRegisterActionProps {
  readonly api: RegisterApi;
  /** The new register's language: the output language chosen in the pane. */
  readonly language: Language;
  /** True while another action of the pane runs. */
  readonly blocked: boolean;
}

/**
 * "New register": writes an empty register, with dropdowns, and its optional sheets into this workbook;
 * says where, or why nothing was written (the workbook already holds a register, or a sheet of that name).
 */
export function NewRegisterAction({ api, language, blocked }: NewRegisterActionProps) {
  const styles = useStyles();
  const { t, language: uiLanguage } = useText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const create = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    try {
      const outcome = await api.newRegister({ language });
      setResult({ kind: "written", sheet: outcome.sheets[0] ?? "" });
    } catch (error) {
      setResult({ kind: "failed", message: toPaneError(error, t, uiLanguage).message });
    } finally {
      setBusy(false);
    }
  }, [api, busy, language, t, uiLanguage]);

  return (
    <section className={styles.section} aria-labelledby="new-register-hint">
      <Button
        appearance="subtle"
        className={styles.action}
        icon={<TableAdd20Regular />}
        disabledFocusable={blocked || busy}
        onClick={() => void create()}
      >
        {t("pane.newRegister")}
      </Button>
      <Text size={200} id="new-register-hint" className={styles.hint}>
        {t("pane.newRegisterHint")}
      </Text>
      {result?.kind === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>{t("pane.newRegisterDone", { sheet: result.sheet })}</MessageBarBody>
        </MessageBar>
      )}
      {result?.kind === "failed" && (
        <MessageBar intent="warning">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
