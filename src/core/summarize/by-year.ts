import type { Addressee, Status } from "../model";
import { statusOf } from "../status";
import type { YearStatusRow } from "../summary-types";
import type { UsableRecommendation } from "./usable";

export const STATUSES: readonly Status[] = [
  "implemented",
  "inProgress",
  "notStarted",
  "underConsideration",
  "notAccepted",
  "notRelevant",
  "closed",
];

const ADDRESSEES: readonly Addressee[] = ["legislative", "executiveHead"];

type MutableCounts = Record<Status, number>;

function zeroCounts(): MutableCounts {
  return {
    implemented: 0,
    inProgress: 0,
    notStarted: 0,
    underConsideration: 0,
    notAccepted: 0,
    notRelevant: 0,
    closed: 0,
  };
}

/**
 * Counts by review year, addressee and status (the data of Figures 1 and 2). Every year that has a
 * recommendation gets a row for both addressees, so the two figures cover the same years; years with
 * no recommendation at all are left out. Newest year first, legislative before executive head.
 *
 * @example countByYear(sampleRecs)[0] // { year: 2021, addressee: "legislative", implemented: 2, inProgress: 0, … }
 */
export function countByYear(recs: readonly UsableRecommendation[]): YearStatusRow[] {
  const byYear = new Map<number, Record<Addressee, MutableCounts>>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    const status = statusOf(rec.acceptance, rec.implementation);
    if (status === null) continue; // cannot happen: acceptance is known
    let year = byYear.get(rec.report.year);
    if (!year) {
      year = { legislative: zeroCounts(), executiveHead: zeroCounts() };
      byYear.set(rec.report.year, year);
    }
    year[rec.addressee][status]++;
  }
  const years = [...byYear.keys()].sort((a, b) => b - a);
  const rows: YearStatusRow[] = [];
  for (const year of years) {
    const counts = byYear.get(year);
    if (!counts) continue;
    for (const addressee of ADDRESSEES) rows.push({ year, addressee, ...counts[addressee] });
  }
  return rows;
}
