import type { Addressee, Recommendation, Register } from "../model";
import { compareRecommendationIds } from "../recommendation-order";
import { currentStanding, isFirstReport, isOutstanding, previousStanding } from "../status";
import type { AnnexReportGroup, AnnexYearGroup } from "../summary-types";
import { reportFacts, type ReportFacts } from "./report-facts";
import { newestReportFirst, reportKey } from "./report-order";
import { usableRecommendations, type UsableRecommendation } from "./usable";

/**
 * Whether a recommendation belongs in the annexes: outstanding now, or outstanding in the previous
 * report, or reported for the first time and closed now (so that the closure proposed for it is shown).
 */
export function belongsInAnnex(rec: UsableRecommendation): boolean {
  return (
    isOutstanding(rec) ||
    previousStanding(rec) === "outstanding" ||
    (isFirstReport(rec) && currentStanding(rec) === "closed")
  );
}

/**
 * Which recommendations Annex I (legislative) or Annex II (executive head) shows, in order: by review
 * year, newest first; within a year, reports newest first; within a report, numbers ascending. Each
 * report carries the title most of its rows use and the first link given.
 *
 * @example annexContents(register, "legislative")[0] // { year: 2021, reports: [JIU/REP/2021/3 …, JIU/REP/2021/2 …] }
 */
export function annexContents(register: Register, addressee: Addressee): AnnexYearGroup[] {
  const recs = usableRecommendations(register);
  return groupForAnnex(recs, reportFacts(recs), addressee);
}

/**
 * The contents of both recommendation annexes, as `annexContents` gives each, reading the register's
 * rows and gathering its reports' facts once for the two.
 *
 * @example annexContentsByAddressee(register).legislative // annexContents(register, "legislative")
 */
export function annexContentsByAddressee(register: Register): Record<Addressee, AnnexYearGroup[]> {
  const recs = usableRecommendations(register);
  const facts = reportFacts(recs);
  return {
    legislative: groupForAnnex(recs, facts, "legislative"),
    executiveHead: groupForAnnex(recs, facts, "executiveHead"),
  };
}

function groupForAnnex(
  recs: readonly UsableRecommendation[],
  facts: ReadonlyMap<string, ReportFacts>,
  addressee: Addressee,
): AnnexYearGroup[] {
  const byReport = new Map<string, UsableRecommendation[]>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (rec.addressee !== addressee || !belongsInAnnex(rec)) continue;
    const key = reportKey(rec.report);
    const group = byReport.get(key);
    if (group) group.push(rec);
    else byReport.set(key, [rec]);
  }

  const reports: AnnexReportGroup[] = [];
  for (const [key, group] of byReport) {
    const first = group[0];
    if (!first) continue;
    const fact = facts.get(key);
    reports.push({
      report: first.report,
      title: fact?.title ?? first.reportTitle,
      link: fact?.link ?? null,
      // The group is this function's own array: sorted in place.
      recommendations: group.sort(byNumber),
    });
  }
  reports.sort((a, b) => newestReportFirst(a.report, b.report));

  const years: { year: number; reports: AnnexReportGroup[] }[] = [];
  for (const report of reports) {
    const last = years[years.length - 1];
    // Reports arrive newest first, so a new year starts a new group.
    if (last && last.year === report.report.year) last.reports.push(report);
    else years.push({ year: report.report.year, reports: [report] });
  }
  return years;
}

/** Natural order of identifiers (3 < 3(a) < 10, unnumbered last); rows without one last, in row order. */
function byNumber(a: Recommendation, b: Recommendation): number {
  if (a.number === null || b.number === null)
    return (a.number === null ? 1 : 0) - (b.number === null ? 1 : 0) || a.row - b.row;
  return compareRecommendationIds(a.number, b.number) || a.row - b.row;
}
