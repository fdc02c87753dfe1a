import { isOutstanding } from "../status";
import type { ActiveReport } from "../summary-types";
import type { ReportFacts } from "./report-facts";
import { newestReportFirst, reportKey } from "./report-order";
import type { UsableRecommendation } from "./usable";

/**
 * Reports with at least one outstanding recommendation, newest first, with the counts per addressee and
 * the title, link, CEB comments and other documents their rows give (the seed's Annex III).
 *
 * @example activeReports(sampleRecs, facts)[0] // { report: JIU/REP/2020/7, legislative: 1, executiveHead: 0, … }
 */
export function activeReports(
  recs: readonly UsableRecommendation[],
  facts: ReadonlyMap<string, ReportFacts>,
): ActiveReport[] {
  const counts = new Map<string, { legislative: number; executiveHead: number }>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (!isOutstanding(rec)) continue;
    const key = reportKey(rec.report);
    const count = counts.get(key) ?? { legislative: 0, executiveHead: 0 };
    count[rec.addressee]++;
    counts.set(key, count);
  }
  const active: ActiveReport[] = [];
  for (const [key, count] of counts) {
    const fact = facts.get(key);
    if (!fact) continue; // cannot happen: facts are gathered from the same rows
    active.push({
      report: fact.report,
      title: fact.title,
      link: fact.link,
      legislative: count.legislative,
      executiveHead: count.executiveHead,
      cebComments: fact.cebComments,
      otherDocuments: fact.otherDocuments,
      cebCommentsText: fact.cebCommentsText,
      otherDocumentsText: fact.otherDocumentsText,
    });
  }
  return active.sort((a, b) => newestReportFirst(a.report, b.report));
}
