import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useText } from "../i18n/text-context";
import type { PaneError } from "../state/pane-state";

/** A failure the adapter reported, in words a person can act on. */
export function ErrorMessage({ error }: { error: PaneError }) {
  const { t } = useText();
  return (
    <MessageBar intent="error" layout="multiline" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{t("ui.error.title")}</MessageBarTitle> {error.message}
      </MessageBarBody>
    </MessageBar>
  );
}
