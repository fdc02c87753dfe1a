/**
 * Payload budgets. Excel on the web refuses a request or a response over 5 MB. Requests are packed to
 * 4.8 MB as the in-memory Excel weighs them (its count of each action's data and object path); the margin
 * covers the estimates' error, and runSteps sends a refused request again in halves.
 */
export const REQUEST_BUDGET_BYTES = 4_800_000;
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/**
 * Under a known response cap, read blocks are packed to this share of it once rows have been measured: on
 * the synthetic 50,000-row register the estimate (from the 250 probed rows at first) missed by under 3%,
 * and every round trip left unfilled is one more for the user to wait on. A refused block is read again
 * in halves.
 */
export const RESPONSE_CAP_FILL = 0.96;
/** What one queued action weighs besides its data: object path, method name, JSON punctuation. */
export const ACTION_OVERHEAD_BYTES = 150;

const encoder = new TextEncoder();

/** Bytes of a value as UTF-8 JSON, the encoding of Office.js requests and responses. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "null").length;
}
