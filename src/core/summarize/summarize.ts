import type { IsoDate } from "../grid";
import type { Register } from "../model";
import type { Summary } from "../summary-types";
import { activeReports } from "./active-reports";
import { countByYear } from "./by-year";
import { changesSinceLastReport } from "./changes";
import { proposedForClosure } from "./closure";
import { countOutstanding } from "./outstanding";
import { computeRates } from "./rates";
import { reportFacts } from "./report-facts";
import { countTimeliness } from "./timeliness";
import { outstandingTrend } from "./trend";
import { usableRecommendations, type UsableRecommendation } from "./usable";

/**
 * The status summary of a register as of a date: the figures of the progress report's paragraphs 8
 * and 10, Figures 1 and 2, Tables 1 and 2 and Annex III. Rows whose report, number, addressee or
 * acceptance could not be read are not counted (validation reports them). Linear in the rows, apart
 * from sorting the reports and years.
 *
 * @example
 * const summary = summarize(register, "2023-02-28" as IsoDate);
 * summary.outstanding; // { legislative: 1, executiveHead: 4 }
 * summary.proposedForClosure[0]; // { report: JIU/REP/2021/6, recommendations: [4] }
 */
export function summarize(register: Register, asOf: IsoDate): Summary {
  const recs = usableRecommendations(register);
  const outstanding = countOutstanding(recs);
  return {
    asOf,
    organization: firstOrganization(recs),
    total: recs.length,
    outstanding,
    proposedForClosure: proposedForClosure(recs),
    activeReports: activeReports(recs, reportFacts(recs)),
    byYear: countByYear(recs),
    rates: {
      overall: computeRates(recs),
      legislative: computeRates(recs, "legislative"),
      executiveHead: computeRates(recs, "executiveHead"),
    },
    plannedReviews: register.plannedReviews,
    timeliness: countTimeliness(register, asOf),
    changes: changesSinceLastReport(register, recs, asOf),
    outstandingTrend: outstandingTrend(register.history, asOf, outstanding),
  };
}

function firstOrganization(recs: ReturnType<typeof usableRecommendations>): string | null {
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    const name = rec.organization?.trim();
    if (name) return name;
  }
  return null;
}
