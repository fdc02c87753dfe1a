import type { IsoDate } from "../grid";
import type { JiuRequest, Register } from "../model";
import type { Timeliness, TimelinessOutcome } from "../summary-types";

/**
 * How one request stands as of a date. Answered: on time when answered on or before the due date (or
 * when there is no due date), else late. Unanswered: pending until the due date has passed (or when
 * there is none), then overdue. ISO dates compare correctly as text.
 *
 * @example timelinessOf({ …, due: "2023-03-17", answered: null }, "2023-02-28") // "pending"
 */
export function timelinessOf(request: JiuRequest, asOf: IsoDate): TimelinessOutcome {
  if (request.answered !== null) {
    return request.due === null || request.answered <= request.due ? "onTime" : "late";
  }
  return request.due === null || request.due >= asOf ? "pending" : "overdue";
}

/**
 * Table 1 of the seed: requests answered on time, late, pending and overdue; null when the workbook
 * has no Requests sheet (an empty sheet gives zeros).
 *
 * @example countTimeliness(register, "2023-02-28") // { onTime: 6, late: 1, pending: 1, overdue: 0 }
 */
export function countTimeliness(register: Register, asOf: IsoDate): Timeliness | null {
  if (register.requestsSheet === null) return null;
  const counts: Record<TimelinessOutcome, number> = { onTime: 0, late: 0, pending: 0, overdue: 0 };
  for (const request of register.requests) counts[timelinessOf(request, asOf)]++;
  return counts;
}
