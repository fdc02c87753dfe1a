import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronLeft20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Finding } from "../../app/register-api";
import { countText, formatNumber } from "../i18n/count-text";
import { useText, type Translate } from "../i18n/text-context";
import { writingDirection } from "../../labels/language-names";
import type { Language } from "../../labels/language";
import { FindingButton } from "./FindingButton";
import type { FindingGroup } from "./group-findings";
import { groupTitle } from "./group-title";

/** Findings rendered per group before "Show more": keeps the pane responsive on huge registers. */
export const FINDINGS_PAGE = 500;

const useStyles = makeStyles({
  section: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { width: "100%", justifyContent: "flex-start", textAlign: "start", minHeight: "40px" },
  headerText: { display: "flex", flexDirection: "column" },
  list: { listStyleType: "none", margin: 0, padding: 0, paddingInlineStart: tokens.spacingHorizontalL },
  more: { marginInlineStart: tokens.spacingHorizontalL, marginBottom: tokens.spacingVerticalS },
});

/** "2 errors, 1 warning": what the group holds. */
function groupCounts(group: FindingGroup, t: Translate, language: Language): string {
  return [
    group.errors > 0 ? countText(language, "errors", group.errors) : null,
    group.warnings > 0 ? countText(language, "warnings", group.warnings) : null,
  ]
    .filter((text) => text !== null)
    .join(t("ui.countSeparator"));
}

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

/** One group of findings behind a disclosure button (closed groups render nothing). */
export function FindingGroupSection({
  group,
  showSheet,
  registerSheet,
  initiallyOpen,
  onGoTo,
}: {
  group: FindingGroup;
  showSheet: boolean;
  /** The register's sheet: a finding elsewhere (a planned review, the Vocabulary) names its sheet. */
  registerSheet: string;
  initiallyOpen: boolean;
  onGoTo: (finding: Finding) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const [open, setOpen] = useState(initiallyOpen);
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const panelId = useId();
  const panel = useRef<HTMLDivElement | null>(null);
  const setFocusFrom = useFocusFrom(panel);
  const counts = groupCounts(group, t, language);
  const remaining = group.findings.length - shown;
  return (
    <section className={styles.section}>
      <Button
        appearance="transparent"
        className={styles.header}
        icon={open ? <ChevronDown20Regular /> : <ClosedChevron language={language} />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className={styles.headerText}>
          <Text weight="semibold">{groupTitle(group.key, t, showSheet)}</Text>
          <Text size={200}>{counts}</Text>
        </span>
      </Button>
      {open && (
        <div id={panelId} ref={panel}>
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
                setShown(shown + FINDINGS_PAGE);
                setFocusFrom(shown);
              }}
            >
              {t("ui.showMore", { count: formatNumber(Math.min(remaining, FINDINGS_PAGE), language) })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

/** A closed section's chevron points the way the text runs: right, or left in a right-to-left language. */
function ClosedChevron({ language }: { language: Language }) {
  return writingDirection(language) === "rtl" ? <ChevronLeft20Regular /> : <ChevronRight20Regular />;
}
