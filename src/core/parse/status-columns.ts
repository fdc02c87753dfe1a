import type { CellValue } from "../grid";
import type { Acceptance, ColumnId, ColumnRef, Implementation } from "../model";
import type { Vocabulary } from "../vocabulary/vocabulary";
import { isBlankCell } from "./cell";
import { statusWordValue } from "./status-words";

type Columns = Readonly<Partial<Record<ColumnId, ColumnRef>>>;

/**
 * Which columns give a recommendation's status (now, or in the previous report): Acceptance and
 * Implementation; or one "Status" column whose phrases state both ("Partially implemented", "Closed"); or
 * an Implementation column alone, from which acceptance is inferred. `phrase` is set in the last two cases.
 */
export interface StatusLayout {
  readonly acceptance: ColumnId | null;
  readonly implementation: ColumnId | null;
  readonly phrase: ColumnId | null;
  /** The phrase column is an Implementation column: an acceptance it does not state is inferred. */
  readonly phraseIsImplementation: boolean;
}

const NOW = { acceptance: "acceptance", implementation: "implementation", status: "status" } as const;
const PREVIOUS = {
  acceptance: "previousAcceptance",
  implementation: "previousImplementation",
  status: "previousStatus",
} as const;

/**
 * The status columns of a register, now or in the previous report. A "Status" column is read only when
 * Acceptance and Implementation are not both there (a register with both may keep a Status column of its own).
 *
 * @example statusLayout({ status: ref }, "now") // { acceptance: null, implementation: null, phrase: "status", phraseIsImplementation: false }
 */
export function statusLayout(columns: Columns, when: "now" | "previous"): StatusLayout {
  const ids = when === "now" ? NOW : PREVIOUS;
  const has = (id: ColumnId) => columns[id] !== undefined;
  const both = has(ids.acceptance) && has(ids.implementation);
  if (!both && has(ids.status)) {
    return {
      acceptance: has(ids.acceptance) ? ids.acceptance : null,
      implementation: has(ids.implementation) ? ids.implementation : null,
      phrase: ids.status,
      phraseIsImplementation: false,
    };
  }
  if (!has(ids.acceptance) && has(ids.implementation)) {
    return {
      acceptance: null,
      implementation: null,
      phrase: ids.implementation,
      phraseIsImplementation: true,
    };
  }
  return {
    acceptance: has(ids.acceptance) ? ids.acceptance : null,
    implementation: has(ids.implementation) ? ids.implementation : null,
    phrase: null,
    phraseIsImplementation: false,
  };
}

/** A recommendation's status as its columns state it. */
export interface StatusRead {
  readonly acceptance: Acceptance | null;
  readonly implementation: Implementation | null;
  /** Acceptance was not stated (blank, or no column for it) and is read as Accepted from the implementation. */
  readonly inferred: boolean;
  /** Every status cell of the layout is blank. */
  readonly blank: boolean;
}

/**
 * Reads a row's status from its layout. Each column gives its own part first (Acceptance the acceptance,
 * Implementation the implementation); a phrase, or a word that states more than its column, fills what the
 * others leave. An implementation with no acceptance stated means Accepted: inferred when the acceptance
 * was left blank (or has no column), stated when a Status column's phrase says it ("Implemented").
 *
 * @example readStatus({ status: "Partially implemented" }, statusLayout({ status: ref }, "now"), vocabulary) // { acceptance: "accepted", implementation: "inProgress", inferred: false, blank: false }
 */
export function readStatus(
  cells: Readonly<Partial<Record<ColumnId, CellValue>>>,
  layout: StatusLayout,
  vocabulary: Vocabulary,
): StatusRead {
  // Plain locals rather than helper closures: this runs twice for every row of the register.
  const acceptanceCell = layout.acceptance === null ? null : cells[layout.acceptance];
  const implementationCell = layout.implementation === null ? null : cells[layout.implementation];
  const phraseCell = layout.phrase === null ? null : cells[layout.phrase];
  const acceptanceBlank = isBlankCell(acceptanceCell);
  const implementationBlank = isBlankCell(implementationCell);
  const fromAcceptance = acceptanceBlank ? null : statusWordValue(acceptanceCell, vocabulary);
  const fromImplementation = implementationBlank ? null : statusWordValue(implementationCell, vocabulary);
  const fromPhrase = isBlankCell(phraseCell) ? null : statusWordValue(phraseCell, vocabulary);
  // A column's own cell that cannot be read (an unknown word, #N/A) leaves its part unknown: no other
  // column's word stands in for it.
  let acceptance =
    !acceptanceBlank && fromAcceptance === null
      ? null
      : (fromAcceptance?.acceptance ?? fromPhrase?.acceptance ?? fromImplementation?.acceptance ?? null);
  const implementation =
    !implementationBlank && fromImplementation === null
      ? null
      : (fromImplementation?.implementation ??
        fromPhrase?.implementation ??
        fromAcceptance?.implementation ??
        null);
  let inferred = false;
  if (acceptance === null && implementation !== null && acceptanceBlank) {
    acceptance = "accepted";
    // A Status column's "Implemented" states the acceptance with it; a blank Acceptance cell does not.
    inferred = layout.phrase === null || layout.phraseIsImplementation || fromPhrase?.implementation == null;
  }
  const blank = acceptanceBlank && implementationBlank && isBlankCell(phraseCell);
  return { acceptance, implementation, inferred, blank };
}

/**
 * Whether the layout has any column at all (a register without previous-status columns has none).
 *
 * @example hasStatusColumns(statusLayout({}, "previous")) // false
 */
export function hasStatusColumns(layout: StatusLayout): boolean {
  return layout.acceptance !== null || layout.implementation !== null || layout.phrase !== null;
}
