import type { Finding } from "../core/findings";
import type { RecommendationId } from "../core/model";
import type { SkippedRow } from "../core/summarize";
import type { ChangesSinceLastReport, Rates, Summary } from "../core/summary-types";
import { findingMessage } from "../labels/finding-message";

/** What the summary could not count: how many rows were read, which were skipped and why. */
export interface RowAccount {
  readonly rowsRead: number;
  readonly skipped: readonly SkippedRow[];
  /** The register's errors, for the reasons of each skipped row. */
  readonly findings: readonly Finding[];
}

/**
 * `summary --json`: the shape the foundation issue gives, keys in its order, reports as their symbols,
 * then `rowsRead`, `rowsSkipped` and `skipped` (each skipped row, the fields it lacks and its errors), so
 * that a script never takes a zero for the truth. Rates are fractions (0.95), null when their denominator
 * is 0. A recommendation identifier is a number when it is a whole number (4), else its text ("3(a)").
 */
export function summaryJson(summary: Summary, account: RowAccount): string {
  const value = {
    asOf: summary.asOf,
    total: summary.total,
    outstanding: {
      legislative: summary.outstanding.legislative,
      executiveHead: summary.outstanding.executiveHead,
    },
    proposedForClosure: summary.proposedForClosure.map((group) => ({
      report: group.report.text,
      recommendations: group.recommendations.map(identifierJson),
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
      closed: row.closed,
    })),
    rates: {
      overall: ratesJson(summary.rates.overall),
      legislative: ratesJson(summary.rates.legislative),
      executiveHead: ratesJson(summary.rates.executiveHead),
    },
    changes: changesJson(summary.changes),
    outstandingTrend: summary.outstandingTrend?.map((point) => ({ ...point })) ?? null,
    rowsRead: account.rowsRead,
    rowsSkipped: account.skipped.length,
    skipped: skippedJson(account),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * What changed since the last report: where the last report's statuses come from, the counts (null when
 * not known), and each change with its report, identifier, addressee, register row, from (null: not in
 * the last report) and to.
 */
function changesJson(changes: ChangesSinceLastReport) {
  return {
    basis: changes.basis,
    previousAsOf: changes.previousAsOf,
    newlyImplemented: changes.newlyImplemented,
    newlyAccepted: changes.newlyAccepted,
    outstandingFiveYearsOrMore: changes.outstandingFiveYearsOrMore,
    changes: changes.changes.map((change) => ({
      report: change.report.text,
      recommendation: identifierJson(change.recommendation),
      addressee: change.addressee,
      row: change.row,
      from: change.from,
      to: change.to,
    })),
  };
}

/** 4 for "4"; "3(a)", "4 bis" and the informal recommendations' words as written. */
function identifierJson(id: RecommendationId): number | string {
  return /^\d+$/.test(id.text) ? Number(id.text) : id.text;
}

function skippedJson(account: RowAccount): { row: number; unread: string[]; errors: string[] }[] {
  const errorsByRow = new Map<number, string[]>();
  for (const finding of account.findings) {
    if (finding.severity !== "error") continue;
    const list = errorsByRow.get(finding.row) ?? [];
    list.push(findingMessage(finding, "en"));
    errorsByRow.set(finding.row, list);
  }
  return account.skipped.map(({ row, unread }) => ({
    row,
    unread: [...unread],
    errors: errorsByRow.get(row) ?? [],
  }));
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
