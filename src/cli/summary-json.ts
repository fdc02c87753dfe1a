import type { Rates, Summary } from "../core/summary-types";

/**
 * `summary --json`: the shape the foundation issue gives, keys in its order, reports as their
 * symbols. Rates are fractions (0.95), null when their denominator is 0.
 */
export function summaryJson(summary: Summary): string {
  const value = {
    asOf: summary.asOf,
    total: summary.total,
    outstanding: {
      legislative: summary.outstanding.legislative,
      executiveHead: summary.outstanding.executiveHead,
    },
    proposedForClosure: summary.proposedForClosure.map((group) => ({
      report: group.report.text,
      recommendations: [...group.recommendations],
    })),
    activeReports: summary.activeReports.map((report) => ({
      report: report.report.text,
      legislative: report.legislative,
      executiveHead: report.executiveHead,
    })),
    byYear: summary.byYear.map((row) => ({
      year: row.year,
      addressee: row.addressee,
      implemented: row.implemented,
      inProgress: row.inProgress,
      notStarted: row.notStarted,
      underConsideration: row.underConsideration,
      notAccepted: row.notAccepted,
      notRelevant: row.notRelevant,
    })),
    rates: {
      overall: ratesJson(summary.rates.overall),
      legislative: ratesJson(summary.rates.legislative),
      executiveHead: ratesJson(summary.rates.executiveHead),
    },
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

function ratesJson(rates: Rates): Rates {
  return {
    acceptance: rates.acceptance,
    implementation: rates.implementation,
    total: rates.total,
    accepted: rates.accepted,
    implemented: rates.implemented,
  };
}
