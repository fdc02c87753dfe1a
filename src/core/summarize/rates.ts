import type { Addressee } from "../model";
import type { Rates } from "../summary-types";
import type { UsableRecommendation } from "./usable";

/**
 * Acceptance rate = accepted ÷ (all − not relevant − under consideration − closed without a stated
 * reason); implementation rate = implemented ÷ accepted. A rate whose denominator is 0 is null, not 0:
 * there is nothing to rate.
 *
 * @example computeRates(recs) // { acceptance: 1, implementation: 0.79, total: 24, accepted: 24, implemented: 19 }
 */
export function computeRates(recs: readonly UsableRecommendation[], addressee?: Addressee): Rates {
  let total = 0;
  let accepted = 0;
  let implemented = 0;
  // Not relevant, under consideration, or closed with no acceptance stated: left out of the acceptance rate.
  let undecided = 0;
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    if (addressee !== undefined && rec.addressee !== addressee) continue;
    total++;
    if (rec.acceptance === "accepted") {
      accepted++;
      if (rec.implementation === "implemented") implemented++;
    } else if (
      rec.acceptance === "notRelevant" ||
      rec.acceptance === "underConsideration" ||
      rec.acceptance === "closed"
    ) {
      undecided++;
    }
  }
  const decided = total - undecided;
  return {
    acceptance: decided === 0 ? null : accepted / decided,
    implementation: accepted === 0 ? null : implemented / accepted,
    total,
    accepted,
    implemented,
  };
}
