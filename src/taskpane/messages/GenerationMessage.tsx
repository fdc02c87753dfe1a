import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { countBySeverity } from "../findings/group-findings";
import { formatList } from "../../labels/labels";
import { useText } from "../i18n/text-context";
import type { GenerationView } from "../state/pane-state";

/**
 * After a generation: the sheets written and any that took another name because a sheet of the user's
 * already had the wanted one; or, when errors made the adapter refuse, why, with "Generate anyway".
 */
export function GenerationMessage({
  generation,
  busy,
  onGenerateAnyway,
}: {
  generation: GenerationView;
  busy: boolean;
  onGenerateAnyway: () => void;
}) {
  const { t, plural, language } = useText();
  const { outcome } = generation;
  if (outcome.refusedFindings !== null) {
    const { errors } = countBySeverity(outcome.refusedFindings);
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{plural("ui.generationRefused", errors)}</MessageBarBody>
        <MessageBarActions>
          <Button disabledFocusable={busy} onClick={onGenerateAnyway}>
            {t("ui.generateAnyway")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        {t("ui.sheetsGenerated", {
          sheets: formatList(
            outcome.sheets.map((sheet) => t("ui.quoted", { text: sheet })),
            language,
          ),
        })}
        {outcome.renamedFrom.map(({ wanted, used }) => (
          <span key={used}> {t("ui.sheetRenamed", { wanted, used })}</span>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
