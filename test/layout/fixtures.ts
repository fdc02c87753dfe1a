import type { IsoDate } from "../../src/core/grid";
import type { Addressee, Status } from "../../src/core/model";
import type { ActiveReport, Rates, Summary, YearStatusRow } from "../../src/core/summary-types";
import { anId, aSymbol } from "../fixtures";

export const AS_OF = "2023-02-28" as IsoDate;

const NO_STATUSES: Readonly<Record<Status, number>> = {
  implemented: 0,
  inProgress: 0,
  notStarted: 0,
  underConsideration: 0,
  notAccepted: 0,
  notRelevant: 0,
  closed: 0,
};

/** A row of Figures 1/2: counts by status for one review year and addressee. */
export function aYearRow(
  year: number,
  addressee: Addressee,
  counts: Partial<Record<Status, number>> = {},
): YearStatusRow {
  return { year, addressee, ...NO_STATUSES, ...counts };
}

export function someRates(overrides: Partial<Rates> = {}): Rates {
  return { acceptance: 0.9, implementation: 0.75, total: 10, accepted: 9, implemented: 6, ...overrides };
}

/** A report of Annex III. */
export function anActiveReport(
  symbol: string,
  overrides: Partial<Omit<ActiveReport, "report">> = {},
): ActiveReport {
  return {
    report: aSymbol(symbol),
    title: `Title of ${symbol}`,
    link: `https://www.unjiu.org/reports/${symbol.split("/").join("-")}`,
    legislative: 0,
    executiveHead: 1,
    cebComments: null,
    otherDocuments: null,
    ...overrides,
  };
}

/**
 * A hand-made summary: two outstanding recommendations (one per addressee), 2020 and 2021 figures, one
 * report proposed for closure, one active report, no planned reviews and no requests, unless overridden.
 *
 * @example aSummary({ timeliness: { onTime: 3, late: 1, pending: 0, overdue: 0 } })
 */
export function aSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    asOf: AS_OF,
    organization: null,
    total: 6,
    outstanding: { legislative: 1, executiveHead: 1 },
    proposedForClosure: [{ report: aSymbol("JIU/REP/2021/6"), recommendations: [anId(4)!] }],
    activeReports: [anActiveReport("JIU/REP/2020/7", { legislative: 1, executiveHead: 0 })],
    byYear: [
      aYearRow(2021, "legislative", { implemented: 1 }),
      aYearRow(2021, "executiveHead", { implemented: 2, inProgress: 1 }),
      aYearRow(2020, "legislative", { inProgress: 1 }),
      aYearRow(2020, "executiveHead", { notAccepted: 1 }),
    ],
    rates: { overall: someRates(), legislative: someRates(), executiveHead: someRates({ acceptance: null }) },
    plannedReviews: [],
    timeliness: null,
    changes: {
      basis: "none",
      previousAsOf: null,
      changes: [],
      newlyImplemented: null,
      newlyAccepted: null,
      outstandingFiveYearsOrMore: 0,
    },
    outstandingTrend: null,
    ...overrides,
  };
}
