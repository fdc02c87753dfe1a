import type { ReportSymbol } from "../model";
import { currentStanding, previousStanding } from "../status";
import type { ClosureGroup } from "../summary-types";
import { newestReportFirst, reportKey } from "./report-order";
import type { UsableRecommendation } from "./usable";

/** Outstanding in the previous report and closed now: the recommendations whose closure is proposed. */
export function isProposedForClosure(rec: UsableRecommendation): boolean {
  return previousStanding(rec) === "outstanding" && currentStanding(rec) === "closed";
}

/**
 * The recommendations proposed for closure, per report (the seed's paragraph 10): newest report first,
 * numbers ascending, legislative and executive-head recommendations of a report merged.
 *
 * @example proposedForClosure(sampleRecs)[0] // { report: JIU/REP/2021/6, recommendations: [4] }
 */
export function proposedForClosure(recs: readonly UsableRecommendation[]): ClosureGroup[] {
  const groups = new Map<string, { report: ReportSymbol; numbers: Set<number> }>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (!isProposedForClosure(rec)) continue;
    const key = reportKey(rec.report);
    let group = groups.get(key);
    if (!group) {
      group = { report: rec.report, numbers: new Set() };
      groups.set(key, group);
    }
    // A number repeated within a report is a validation error (E03); list it once here.
    group.numbers.add(rec.number);
  }
  return [...groups.values()]
    .sort((a, b) => newestReportFirst(a.report, b.report))
    .map((group) => ({ report: group.report, recommendations: [...group.numbers].sort((a, b) => a - b) }));
}
