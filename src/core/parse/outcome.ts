import type { Register } from "../model";

/** Why a workbook cannot be read as a register. Each code comes with a one-line message a person can act on. */
export type UnusableInputCode =
  "no-sheets" | "sheet-not-found" | "no-register" | "missing-columns" | "duplicate-columns" | "too-many-rows";

export interface UnusableInput {
  readonly code: UnusableInputCode;
  readonly message: string;
}

export type ParseOutcome =
  | { readonly ok: true; readonly register: Register }
  | { readonly ok: false; readonly problem: UnusableInput };
