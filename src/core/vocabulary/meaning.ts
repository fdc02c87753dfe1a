import type { Acceptance, Addressee, Implementation } from "../model";

/** An addressee word: which addressee it means, and whether it names a particular body or official. */
export interface AddresseeWord {
  readonly addressee: Addressee;
  /** A name ("Coordination Committee") the generated sheets print as written; false for "Legislative body". */
  readonly named: boolean;
}

/**
 * A status word: the acceptance it states, the implementation it states, or both ("Partially implemented":
 * accepted, in progress). "Not applicable" states neither and reads as a blank implementation.
 */
export interface StatusWord {
  readonly acceptance: Acceptance | null;
  readonly implementation: Implementation | null;
  readonly notApplicable?: boolean;
}

/** What a word of a Vocabulary sheet means: an addressee or a status. */
export type WordMeaning =
  | { readonly kind: "addressee"; readonly addressee: Addressee }
  | { readonly kind: "status"; readonly status: StatusWord };

/**
 * Whether two status words mean the same.
 *
 * @example sameStatus({ acceptance: "accepted", implementation: null }, { acceptance: "accepted", implementation: null }) // true
 */
export function sameStatus(a: StatusWord, b: StatusWord): boolean {
  return (
    a.acceptance === b.acceptance &&
    a.implementation === b.implementation &&
    (a.notApplicable ?? false) === (b.notApplicable ?? false)
  );
}

/**
 * Whether two meanings are the same.
 *
 * @example sameMeaning({ kind: "addressee", addressee: "legislative" }, { kind: "addressee", addressee: "legislative" }) // true
 */
export function sameMeaning(a: WordMeaning, b: WordMeaning): boolean {
  if (a.kind === "addressee") return b.kind === "addressee" && a.addressee === b.addressee;
  return b.kind === "status" && sameStatus(a.status, b.status);
}
