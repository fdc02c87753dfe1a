import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Finding } from "../../app/register-api";
import { findingMessage } from "../../labels/labels";
import { useText } from "../i18n/text-context";
import { findingWhere } from "./finding-where";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  button: {
    width: "100%",
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    minHeight: "auto",
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  message: { overflowWrap: "anywhere" },
});

/**
 * One finding: severity (icon and word), row and column (and sheet, when that is not obvious), and the message in the pane's language. Activating
 * it selects the cell.
 * Register text inside the message is rendered as text, never as HTML.
 */
export function FindingButton({
  finding,
  namesSheet,
  onGoTo,
}: {
  finding: Finding;
  /** Name the finding's sheet: it is not the register's, and the group does not name it. */
  namesSheet: boolean;
  onGoTo: (finding: Finding) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const severity = finding.severity === "error" ? t("ui.severity.error") : t("ui.severity.warning");
  const where = findingWhere(finding, t, namesSheet);
  return (
    <Button
      appearance="subtle"
      className={styles.button}
      title={where}
      onClick={() => onGoTo(finding)}
      data-rule={finding.rule}
      data-row={finding.row}
      data-column={finding.columnNumber}
    >
      <span className={styles.body}>
        <span className={styles.where}>
          <SeverityIcon severity={finding.severity} />
          <Text weight="semibold">
            {severity} · {where}
          </Text>
        </span>
        <Text className={styles.message}>{findingMessage(finding, language)}</Text>
      </span>
    </Button>
  );
}
