import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled } from "@fluentui/react-icons";
import { useText } from "../i18n/text-context";

const useStyles = makeStyles({
  empty: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  icon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
});

/** "No problems found in 24 recommendations", with a check mark. */
export function EmptyState({ rows }: { rows: number }) {
  const { plural } = useText();
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <CheckmarkCircle20Filled className={styles.icon} aria-hidden />
      <Text weight="semibold">{plural("ui.noProblems", rows)}</Text>
    </div>
  );
}
