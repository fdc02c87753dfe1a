import { Button, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Finding } from "../../app/register-api";
import { formatNumber } from "../i18n/count-text";
import { useText } from "../i18n/text-context";
import type { FindingsView, Grouping } from "../state/pane-state";
import { EmptyState } from "./EmptyState";
import { FindingCounts } from "./FindingCounts";
import { FindingGroupSection } from "./FindingGroupSection";
import { countBySeverity, groupFindings } from "./group-findings";
import { GroupingToggle } from "./GroupingToggle";

/** Groups rendered before "Show more groups" (grouping by row can make one group per row). */
export const GROUPS_PAGE = 100;
/** Below this many findings every group starts open; above it only the first does. */
const OPEN_ALL_UP_TO = 60;

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  more: { alignSelf: "flex-start" },
});

/** The rows checked, and the counts of errors and warnings (or that there are none), announced. */
function FindingsStatus({ view }: { view: FindingsView }) {
  const { plural } = useText();
  const styles = useStyles();
  const counts = useMemo(() => countBySeverity(view.findings), [view.findings]);
  return (
    <div className={styles.status} role="status">
      {view.rows !== null && <Text>{plural("ui.checkedRows", view.rows, { sheet: view.sheet })}</Text>}
      {view.findings.length === 0 ? (
        <EmptyState rows={view.rows ?? 0} />
      ) : (
        <FindingCounts errors={counts.errors} warnings={counts.warnings} />
      )}
    </div>
  );
}

/** The findings of the last validation (or of a refused generation): counts, grouping, the list. */
export function FindingsPanel({
  view,
  grouping,
  onGroupingChange,
  onGoTo,
}: {
  view: FindingsView;
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  onGoTo: (finding: Finding) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const [groupsShown, setGroupsShown] = useState(GROUPS_PAGE);
  const groups = useMemo(() => groupFindings(view.findings, grouping), [view.findings, grouping]);
  const showSheet = useMemo(() => new Set(view.findings.map((f) => f.sheet)).size > 1, [view.findings]);
  const openAll = view.findings.length <= OPEN_ALL_UP_TO;
  const heading = view.source === "refusal" ? t("ui.findingsToFix") : t("ui.findings");
  const remainingGroups = groups.length - groupsShown;

  return (
    <section className={styles.panel} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading">
        {heading}
      </Subtitle2>
      <FindingsStatus view={view} />
      {view.findings.length > 0 && (
        <>
          <GroupingToggle value={grouping} onChange={onGroupingChange} />
          <div>
            {groups.slice(0, groupsShown).map((group, index) => (
              <FindingGroupSection
                key={`${grouping}:${group.id}`}
                group={group}
                showSheet={showSheet}
                registerSheet={view.sheet}
                initiallyOpen={openAll || index === 0}
                onGoTo={onGoTo}
              />
            ))}
          </div>
          {remainingGroups > 0 && (
            <Button className={styles.more} onClick={() => setGroupsShown(groupsShown + GROUPS_PAGE)}>
              {t("ui.showMoreGroups", {
                count: formatNumber(Math.min(remainingGroups, GROUPS_PAGE), language),
              })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
