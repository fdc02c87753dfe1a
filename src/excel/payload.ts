/**
 * Payload budgets. Excel on the web refuses a request or a response over 5 MB; the adapter aims well
 * below, because its estimate counts the data it sends, not Office.js's own wrapping of each action.
 */
export const REQUEST_BUDGET_BYTES = 4_400_000;
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** What one queued action weighs besides its data: object path, method name, JSON punctuation. */
export const ACTION_OVERHEAD_BYTES = 150;

const encoder = new TextEncoder();

/** Bytes of a value as UTF-8 JSON, the encoding of Office.js requests and responses. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "null").length;
}
