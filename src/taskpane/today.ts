import { formatIsoDate } from "../app/dates";
import type { IsoDate } from "../app/register-api";

/** Today's date where the user is: the as-of date the pane offers first. Only entry points read the clock. */
export function todayIso(now: Date = new Date()): IsoDate {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
