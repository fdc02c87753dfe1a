import type { IsoDate } from "../grid";
import { cycleRowsByKey, historyKey } from "../history/cycles";
import type { History, HistoryCycle } from "../history/types";
import type { Register, Status } from "../model";
import { compareRecommendationIds } from "../recommendation-order";
import { isOutstanding, statusOf } from "../status";
import type { ChangeBasis, ChangesSinceLastReport, StatusChange } from "../summary-types";
import { yearOf } from "../dates";
import { LONG_OUTSTANDING_YEARS } from "../validate/rules/timing";
import { newestReportFirst } from "./report-order";
import type { UsableRecommendation } from "./usable";

/** The statuses of an accepted recommendation. */
const ACCEPTED: ReadonlySet<Status | null> = new Set<Status | null>([
  "implemented",
  "inProgress",
  "notStarted",
]);

/** A recommendation's status in the last report: null when it was not in it. */
type PreviousStatusOf = (rec: UsableRecommendation) => Status | null;

/** The status the previous-status columns give, read as the annex's change notes read it. */
function fromPreviousColumns(rec: UsableRecommendation): Status | null {
  const previousImplementation = rec.previousImplementation ?? null;
  const previousAcceptance = rec.previousAcceptance ?? (previousImplementation ? "accepted" : null);
  return statusOf(previousAcceptance, previousImplementation);
}

/** The last History cycle at or before the as-of date (a cycle after it is a later report). */
function cycleAsOf(history: History | null | undefined, asOf: IsoDate): HistoryCycle | null {
  const cycles = (history?.cycles ?? []).filter((cycle) => cycle.asOf <= asOf);
  return cycles[cycles.length - 1] ?? null;
}

function hasPreviousColumns(register: Register): boolean {
  const { previousAcceptance, previousImplementation, previousStatus } = register.columns;
  return (
    previousAcceptance !== undefined || previousImplementation !== undefined || previousStatus !== undefined
  );
}

/** Which record of the last report to use, and how to read a recommendation's status in it. */
function previousSource(
  register: Register,
  asOf: IsoDate,
): { basis: ChangeBasis; previousAsOf: IsoDate | null; previous: PreviousStatusOf | null } {
  if (hasPreviousColumns(register)) {
    return { basis: "previousColumns", previousAsOf: null, previous: fromPreviousColumns };
  }
  const cycle = cycleAsOf(register.history, asOf);
  if (cycle === null) return { basis: "none", previousAsOf: null, previous: null };
  const rows = cycleRowsByKey(cycle);
  const previous: PreviousStatusOf = (rec) => {
    const row = rows.get(historyKey(rec.report, rec.number));
    return row ? statusOf(row.acceptance, row.implementation) : null;
  };
  return { basis: "history", previousAsOf: cycle.asOf, previous };
}

function compareChanges(a: StatusChange, b: StatusChange): number {
  return (
    newestReportFirst(a.report, b.report) || compareRecommendationIds(a.recommendation, b.recommendation)
  );
}

/**
 * What changed since the last report: every counted recommendation whose status differs from the last
 * report's (from → to; from null when it was not in it), the newly implemented and newly accepted, and
 * those outstanding for five years or more. The last report's statuses come from the register's
 * previous-status columns when it has them, else from the History sheet's last cycle up to the as-of date.
 *
 * @example changesSinceLastReport(register, recs, "2023-02-28" as IsoDate).changes[0] // { report: JIU/REP/2021/6, recommendation: 4, from: "inProgress", to: "implemented", … }
 */
export function changesSinceLastReport(
  register: Register,
  recs: readonly UsableRecommendation[],
  asOf: IsoDate,
): ChangesSinceLastReport {
  const { basis, previousAsOf, previous } = previousSource(register, asOf);
  const year = yearOf(asOf);
  const changes: StatusChange[] = [];
  let newlyImplemented = 0;
  let newlyAccepted = 0;
  let outstandingFiveYearsOrMore = 0;
  for (const rec of recs) {
    if (isOutstanding(rec) && year - rec.report.year >= LONG_OUTSTANDING_YEARS) outstandingFiveYearsOrMore++;
    const to = statusOf(rec.acceptance, rec.implementation);
    if (previous === null || to === null) continue;
    const from = previous(rec);
    if (from === to) continue;
    const { report, number: recommendation, addressee, row } = rec;
    changes.push({ report, recommendation, addressee, row, from, to });
    if (to === "implemented") newlyImplemented++;
    if (ACCEPTED.has(to) && !ACCEPTED.has(from)) newlyAccepted++;
  }
  const known = basis !== "none";
  return {
    basis,
    previousAsOf,
    changes: changes.sort(compareChanges),
    newlyImplemented: known ? newlyImplemented : null,
    newlyAccepted: known ? newlyAccepted : null,
    outstandingFiveYearsOrMore,
  };
}
