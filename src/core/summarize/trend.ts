import type { IsoDate } from "../grid";
import type { History } from "../history/types";
import { standingOf } from "../status";
import type { OutstandingTrendPoint } from "../summary-types";
import type { OutstandingCounts } from "./outstanding";

/**
 * Outstanding recommendations per reporting cycle, oldest first: each History cycle before the as-of date
 * (rows whose addressee or status could not be read are not counted; validation reports them), then the
 * as-of date itself with the register's counts. A History cycle of the as-of date itself (after a
 * roll-over) is the register's point. null without a History sheet.
 *
 * @example outstandingTrend(history, "2023-02-28" as IsoDate, { legislative: 1, executiveHead: 4 }) // [{ asOf: "2022-02-28", legislative: 2, executiveHead: 6 }, { asOf: "2023-02-28", legislative: 1, executiveHead: 4 }]
 */
export function outstandingTrend(
  history: History | null | undefined,
  asOf: IsoDate,
  current: OutstandingCounts,
): OutstandingTrendPoint[] | null {
  if (!history) return null;
  const points: OutstandingTrendPoint[] = [];
  for (const cycle of history.cycles) {
    if (cycle.asOf >= asOf) continue;
    let legislative = 0;
    let executiveHead = 0;
    for (const row of cycle.rows) {
      if (row.addressee === null || standingOf(row.acceptance, row.implementation) !== "outstanding")
        continue;
      if (row.addressee === "legislative") legislative++;
      else executiveHead++;
    }
    points.push({ asOf: cycle.asOf, legislative, executiveHead });
  }
  points.push({ asOf, legislative: current.legislative, executiveHead: current.executiveHead });
  return points;
}
