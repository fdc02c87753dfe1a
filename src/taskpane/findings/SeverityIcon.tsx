import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Severity } from "../../app/register-api";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  // Yellow (hue about 55°), far from the error red (about 0°); 4.7:1 on white, so it reads as a graphic.
  warning: { color: tokens.colorPaletteYellowForeground1, flexShrink: 0 },
});

/** Errors are a circle, warnings a triangle: the shape tells them apart, not only the colour. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  return severity === "error" ? (
    <ErrorCircle20Filled className={styles.error} aria-hidden />
  ) : (
    <Warning20Filled className={styles.warning} aria-hidden />
  );
}
