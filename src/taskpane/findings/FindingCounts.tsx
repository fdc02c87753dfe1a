import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { countText } from "../i18n/count-text";
import { useText } from "../i18n/text-context";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  count: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** "2 errors  1 warning", each with its icon; a zero count is left out (the empty state covers none at all). */
export function FindingCounts({ errors, warnings }: { errors: number; warnings: number }) {
  const { language } = useText();
  const styles = useStyles();
  return (
    <div className={styles.counts}>
      {errors > 0 && (
        <span className={styles.count} data-testid="error-count">
          <SeverityIcon severity="error" />
          <Text weight="semibold">{countText(language, "errors", errors)}</Text>
        </span>
      )}
      {warnings > 0 && (
        <span className={styles.count} data-testid="warning-count">
          <SeverityIcon severity="warning" />
          <Text weight="semibold">{countText(language, "warnings", warnings)}</Text>
        </span>
      )}
    </div>
  );
}
