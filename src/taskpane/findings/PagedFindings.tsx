import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { Finding } from "../../app/register-api";
import { formatNumber } from "../i18n/count-text";
import { useText } from "../i18n/text-context";
import { FindingButton } from "./FindingButton";
import type { FindingGroup } from "./group-findings";

/** Findings rendered per group before "Show more": keeps the pane responsive on huge registers. */
export const FINDINGS_PAGE = 500;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, paddingInlineStart: tokens.spacingHorizontalL },
  more: { marginInlineStart: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalS },
});

/** After "Show more", focus moves to the first finding that appeared, so a keyboard user reads on from there. */
function useFocusFrom(panel: RefObject<HTMLDivElement | null>): (index: number) => void {
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  useEffect(() => {
    if (focusFrom === null) return;
    panel.current?.querySelectorAll<HTMLButtonElement>("button[data-rule]")[focusFrom]?.focus();
    setFocusFrom(null);
  }, [focusFrom, panel]);
  return setFocusFrom;
}

/** An open group's findings, a page at a time, with "Show more" while some are not shown. */
export function PagedFindings({
  id,
  group,
  registerSheet,
  shown,
  onShowMore,
  onGoTo,
}: {
  id: string;
  group: FindingGroup;
  /** The register's sheet: a finding elsewhere (a planned review, the Vocabulary) names its sheet. */
  registerSheet: string;
  /** How many are shown: held by the group's section, so that closing and opening it keeps the pages. */
  shown: number;
  onShowMore: () => void;
  onGoTo: (finding: Finding) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const panel = useRef<HTMLDivElement | null>(null);
  const setFocusFrom = useFocusFrom(panel);
  const remaining = group.findings.length - shown;
  return (
    <div id={id} ref={panel}>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((finding, index) => (
          <li key={`${finding.row}:${finding.columnNumber}:${finding.rule}:${index}`}>
            <FindingButton
              finding={finding}
              namesSheet={group.key.kind === "rule" && finding.sheet !== registerSheet}
              onGoTo={onGoTo}
            />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <Button
          className={styles.more}
          onClick={() => {
            onShowMore();
            setFocusFrom(shown);
          }}
        >
          {t("ui.showMore", { count: formatNumber(Math.min(remaining, FINDINGS_PAGE), language) })}
        </Button>
      )}
    </div>
  );
}
