import type { Acceptance, Implementation, Recommendation, Standing, Status } from "./model";

/**
 * The status a recommendation is counted under: the implementation when accepted, else the acceptance.
 * Accepted with a blank implementation counts as Not started (rule E06 flags the blank).
 *
 * @example statusOf("accepted", "inProgress") // "inProgress"
 * @example statusOf("notRelevant", null) // "notRelevant"
 */
export function statusOf(
  acceptance: Acceptance | null,
  implementation: Implementation | null,
): Status | null {
  switch (acceptance) {
    case "accepted":
      return implementation ?? "notStarted";
    case "notAccepted":
    case "notRelevant":
    case "underConsideration":
    case "closed":
      return acceptance;
    case null:
      return null;
  }
}

/**
 * Closed when Implemented, Not accepted, Not relevant or Closed; outstanding otherwise; null when unknown.
 *
 * @example standingOf("accepted", "implemented") // "closed"
 * @example standingOf("underConsideration", null) // "outstanding"
 */
export function standingOf(
  acceptance: Acceptance | null,
  implementation: Implementation | null,
): Standing | null {
  const status = statusOf(acceptance, implementation);
  if (status === null) return null;
  return status === "implemented" ||
    status === "notAccepted" ||
    status === "notRelevant" ||
    status === "closed"
    ? "closed"
    : "outstanding";
}

/** The recommendation's standing now. */
export function currentStanding(rec: Recommendation): Standing | null {
  return standingOf(rec.acceptance, rec.implementation);
}

/**
 * The standing in the previous report, or null when unknown: the register has no previous columns,
 * or they are blank on this row. A previous implementation alone implies the recommendation was accepted.
 *
 * @example previousStanding({ ...rec, previousAcceptance: undefined, previousImplementation: "inProgress" }) // "outstanding"
 */
export function previousStanding(rec: Recommendation): Standing | null {
  const acceptance = rec.previousAcceptance ?? (rec.previousImplementation ? "accepted" : null);
  if (acceptance === null) return null;
  return standingOf(acceptance, rec.previousImplementation ?? null);
}

export function isOutstanding(rec: Recommendation): boolean {
  return currentStanding(rec) === "outstanding";
}

/**
 * Reported for the first time: the register records previous statuses, and this row's are blank.
 *
 * @example isFirstReport({ ...rec, firstReport: true }) // true
 */
export function isFirstReport(rec: Recommendation): boolean {
  return rec.firstReport === true;
}
