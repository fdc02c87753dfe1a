import { formatIsoDate } from "../core/dates";
import type { IsoDate } from "../core/grid";

/**
 * Today's date where the user is: the default `--as-of`. The CLI is the one place that reads the
 * clock; everything below it takes the date as a parameter.
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
