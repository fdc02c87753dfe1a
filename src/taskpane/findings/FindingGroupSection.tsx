import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronLeft20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import type { Finding } from "../../app/register-api";
import { countText } from "../i18n/count-text";
import { useText, type Translate } from "../i18n/text-context";
import { writingDirection } from "../../labels/language-names";
import type { Language } from "../../labels/language";
import type { FindingGroup } from "./group-findings";
import { groupTitle } from "./group-title";
import { FINDINGS_PAGE, PagedFindings } from "./PagedFindings";

export { FINDINGS_PAGE };

const useStyles = makeStyles({
  section: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  header: { width: "100%", justifyContent: "flex-start", textAlign: "start", minHeight: "40px" },
  headerText: { display: "flex", flexDirection: "column" },
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
          <Text size={200}>{groupCounts(group, t, language)}</Text>
        </span>
      </Button>
      {open && (
        <PagedFindings
          id={panelId}
          group={group}
          registerSheet={registerSheet}
          shown={shown}
          onShowMore={() => setShown(shown + FINDINGS_PAGE)}
          onGoTo={onGoTo}
        />
      )}
    </section>
  );
}

/** A closed section's chevron points the way the text runs: right, or left in a right-to-left language. */
function ClosedChevron({ language }: { language: Language }) {
  return writingDirection(language) === "rtl" ? <ChevronLeft20Regular /> : <ChevronRight20Regular />;
}
