import { isOutstanding } from "../status";
import type { UsableRecommendation } from "./usable";

export interface OutstandingCounts {
  readonly legislative: number;
  readonly executiveHead: number;
}

/**
 * Outstanding recommendations to legislative bodies and to the executive head (the seed's paragraph 8).
 *
 * @example countOutstanding(sampleRecs) // { legislative: 1, executiveHead: 4 }
 */
export function countOutstanding(recs: readonly UsableRecommendation[]): OutstandingCounts {
  let legislative = 0;
  let executiveHead = 0;
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (!isOutstanding(rec)) continue;
    if (rec.addressee === "legislative") legislative++;
    else executiveHead++;
  }
  return { legislative, executiveHead };
}
