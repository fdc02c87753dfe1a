import type { IsoDate } from "../grid";
import type { ColumnRef, RecommendationId, ReportSymbol } from "../model";
import { findingMessageOf } from "../validate/message-params";
import type { History, HistoryColumnId, HistoryCycle, HistoryProblem, HistoryRow } from "./types";

/**
 * The key that identifies one recommendation across cycles and in the register: its report's canonical
 * symbol and its identifier's key.
 *
 * @example historyKey(parseReportSymbol("JIU/REP/2021/6"), recommendationId("3 (a)")) // "JIU/REP/2021/6#3(a)"
 */
export function historyKey(report: ReportSymbol, recommendation: RecommendationId): string {
  return `${report.text}#${recommendation.key}`;
}

/** A row's key, or null when its report or identifier could not be read. */
function rowKey(row: HistoryRow): string | null {
  return row.report && row.recommendation ? historyKey(row.report, row.recommendation) : null;
}

/**
 * Groups rows into cycles by as-of date, oldest first. A recommendation listed twice in one cycle is a
 * problem on the second row (the first counts).
 */
export function groupCycles(
  rows: readonly HistoryRow[],
  columns: Readonly<Partial<Record<HistoryColumnId, ColumnRef>>>,
  problems: HistoryProblem[],
): HistoryCycle[] {
  const byDate = new Map<IsoDate, HistoryRow[]>();
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    if (row.cycle === null) continue;
    const key = rowKey(row);
    const cycleKey = `${row.cycle}|${key ?? ""}`;
    const first = key === null ? undefined : firstRowOf.get(cycleKey);
    if (first !== undefined && row.report && row.recommendation) {
      problems.push({
        scope: "cell",
        row: row.row,
        column: columns.recommendation,
        message: findingMessageOf("history.duplicate", {
          number: row.recommendation.text,
          symbol: row.report.text,
          date: row.cycle,
          firstRow: first,
        }),
      });
      continue;
    }
    if (key !== null) firstRowOf.set(cycleKey, row.row);
    const list = byDate.get(row.cycle) ?? [];
    list.push(row);
    byDate.set(row.cycle, list);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([asOf, cycleRows]) => ({ asOf, rows: cycleRows }));
}

/**
 * The as-of dates of the cycles the History holds, oldest first.
 *
 * @example historyCycleDates(history) // ["2022-02-28", "2023-02-28"]
 */
export function historyCycleDates(history: History): IsoDate[] {
  return history.cycles.map((cycle) => cycle.asOf);
}

/**
 * The last (most recent) cycle, or null when the History has none.
 *
 * @example lastHistoryCycle(history)?.asOf // "2023-02-28"
 */
export function lastHistoryCycle(history: History): HistoryCycle | null {
  return history.cycles[history.cycles.length - 1] ?? null;
}

/**
 * Whether the History already holds a cycle of this as-of date (a second roll-over for it is refused).
 *
 * @example hasHistoryCycle(history, "2023-02-28" as IsoDate) // true
 */
export function hasHistoryCycle(history: History, asOf: IsoDate): boolean {
  return history.cycles.some((cycle) => cycle.asOf === asOf);
}

/**
 * A cycle's rows keyed by (report, recommendation) with {@link historyKey}; rows whose report or
 * identifier could not be read are left out (each has a problem).
 *
 * @example cycleRowsByKey(lastHistoryCycle(history)).get("JIU/REP/2021/6#4")?.implementation // "inProgress"
 */
export function cycleRowsByKey(cycle: HistoryCycle | null): Map<string, HistoryRow> {
  const byKey = new Map<string, HistoryRow>();
  for (const row of cycle?.rows ?? []) {
    const key = rowKey(row);
    if (key !== null && !byKey.has(key)) byKey.set(key, row);
  }
  return byKey;
}

/**
 * The last cycle's rows keyed by (report, recommendation): what the previous report said of each one.
 *
 * @example lastCycleByKey(history).get(historyKey(rec.report, rec.number))?.acceptance // "accepted"
 */
export function lastCycleByKey(history: History): Map<string, HistoryRow> {
  return cycleRowsByKey(lastHistoryCycle(history));
}
