import type { ColumnId, Register } from "../model";

/** Why a workbook cannot be read as a register. Each code comes with a one-line message a person can act on. */
export type UnusableInputCode =
  "no-sheets" | "sheet-not-found" | "no-register" | "missing-columns" | "duplicate-columns" | "too-many-rows";

/** A column named twice: where each copy is (its column letters and its header as written). */
export interface DuplicateColumn {
  readonly column: ColumnId;
  readonly places: readonly { readonly letters: string; readonly header: string }[];
}

/**
 * Why a workbook cannot be read, as an id (`code`, with `reason` where one code has several messages) and
 * its parameters: the core says what is wrong, never in words. The edge renders it in the reader's language
 * (`unusableInputMessage`, src/labels). `looked` lists the sheets searched.
 */
export type UnusableInput =
  | { readonly code: "no-sheets" }
  | { readonly code: "sheet-not-found"; readonly name: string; readonly sheets: readonly string[] }
  | {
      readonly code: "missing-columns";
      readonly sheet: string;
      readonly headerRow: number;
      readonly missing: readonly ColumnId[];
      readonly looked: readonly string[];
    }
  | { readonly code: "no-register"; readonly reason: "empty"; readonly sheets: readonly string[] }
  | {
      readonly code: "no-register";
      readonly reason: "header-too-low";
      readonly sheet: string;
      readonly headerRow: number;
      readonly limit: number;
    }
  | {
      readonly code: "no-register";
      readonly reason: "no-header";
      readonly required: readonly ColumnId[];
      readonly limit: number;
      readonly looked: readonly string[];
    }
  | {
      readonly code: "duplicate-columns";
      readonly sheet: string;
      readonly headerRow: number;
      readonly duplicates: readonly DuplicateColumn[];
    }
  | {
      readonly code: "too-many-rows";
      /** "rows": the rows read go past the limit; "used-range": the sheet's used range goes past what was read. */
      readonly reason: "rows" | "used-range";
      readonly sheet: string;
      readonly headerRow: number;
      readonly limit: number;
      /** The last row read: the sheet's last row with cells ("rows"), or the last row fetched ("used-range"). */
      readonly lastRow: number;
      /** The used range's last cell ("used-range" only). */
      readonly lastCell?: string;
    };

export type ParseOutcome =
  | { readonly ok: true; readonly register: Register }
  | { readonly ok: false; readonly problem: UnusableInput };
