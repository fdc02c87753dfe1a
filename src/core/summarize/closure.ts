import type { RecommendationId, ReportSymbol } from "../model";
import { compareRecommendationIds } from "../recommendation-order";
import { currentStanding, isFirstReport, previousStanding } from "../status";
import type { ClosureGroup } from "../summary-types";
import { newestReportFirst, reportKey } from "./report-order";
import type { UsableRecommendation } from "./usable";

/**
 * Closed now, and outstanding in the previous report or reported for the first time: the recommendations
 * whose closure is proposed. A first report's already-closed recommendations are proposed like the others,
 * so that they reach the governing body.
 */
export function isProposedForClosure(rec: UsableRecommendation): boolean {
  if (currentStanding(rec) !== "closed") return false;
  return previousStanding(rec) === "outstanding" || isFirstReport(rec);
}

/**
 * The recommendations proposed for closure, per report (the seed's paragraph 10): newest report first,
 * identifiers in their natural order (3 < 3(a) < 10), legislative and executive-head recommendations of a
 * report merged.
 *
 * @example proposedForClosure(sampleRecs)[0] // { report: JIU/REP/2021/6, recommendations: [{ text: "4", … }] }
 */
export function proposedForClosure(recs: readonly UsableRecommendation[]): ClosureGroup[] {
  const groups = new Map<string, { report: ReportSymbol; ids: Map<string, RecommendationId> }>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (!isProposedForClosure(rec)) continue;
    const key = reportKey(rec.report);
    let group = groups.get(key);
    if (!group) {
      group = { report: rec.report, ids: new Map() };
      groups.set(key, group);
    }
    // An identifier repeated within a report is a validation error (E03); list it once here.
    if (!group.ids.has(rec.number.key)) group.ids.set(rec.number.key, rec.number);
  }
  return [...groups.values()]
    .sort((a, b) => newestReportFirst(a.report, b.report))
    .map((group) => ({
      report: group.report,
      recommendations: [...group.ids.values()].sort(compareRecommendationIds),
    }));
}
