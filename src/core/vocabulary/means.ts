import { looseKey } from "../parse/normalize";
import { BUILT_IN_WORDS } from "./built-in";
import type { StatusWord, WordMeaning } from "./meaning";

/** Semicolons, Western or full-width, separate an acceptance from an implementation: "Accepted; In progress". */
const PARTS = /[;；]/;

/**
 * What a Vocabulary sheet's "Means" cell says: a canonical value in any register language ("Legislative body",
 * "Under consideration", "已落实"), or an acceptance and an implementation separated by a semicolon
 * ("Accepted; In progress"). Null when it names no such value.
 *
 * @example parseMeans("Accepted; In progress") // { kind: "status", status: { acceptance: "accepted", implementation: "inProgress" } }
 * @example parseMeans("Executive head") // { kind: "addressee", addressee: "executiveHead" }
 */
export function parseMeans(text: string): WordMeaning | null {
  const parts = text
    .split(PARTS)
    .map((part) => looseKey(part))
    .filter((key) => key !== "");
  if (parts.length === 0 || parts.length > 2) return null;
  const [first = "", second] = parts;
  if (second === undefined) {
    const addressee = BUILT_IN_WORDS.addressees.get(first);
    if (addressee) return { kind: "addressee", addressee: addressee.addressee };
    const status = BUILT_IN_WORDS.statuses.get(first);
    return status ? { kind: "status", status } : null;
  }
  const a = BUILT_IN_WORDS.statuses.get(first);
  const b = BUILT_IN_WORDS.statuses.get(second);
  if (!a || !b) return null;
  const combined = combine(a, b);
  return combined ? { kind: "status", status: combined } : null;
}

/** An acceptance from one part and an implementation from the other; null when they overlap or contradict. */
function combine(a: StatusWord, b: StatusWord): StatusWord | null {
  const acceptance = a.acceptance ?? b.acceptance;
  const implementation = a.implementation ?? b.implementation;
  const overlaps =
    (a.acceptance !== null && b.acceptance !== null) ||
    (a.implementation !== null && b.implementation !== null);
  if (overlaps || acceptance === null || implementation === null) return null;
  // An implementation status belongs to an accepted recommendation only.
  if (acceptance !== "accepted") return null;
  return { acceptance, implementation };
}
