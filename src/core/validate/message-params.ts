import type { FindingMessageId } from "../findings";
import type {
  Acceptance,
  ColumnId,
  Implementation,
  PlannedReviewColumnId,
  RequestColumnId,
  Status,
} from "../model";
import type { HistoryColumnId } from "../history/types";
import type { VocabularyColumnId } from "../languages";

/**
 * The field a message names: a register column, a column of the planned-reviews or requests sheet, or
 * "recommendationTextInFull" (E09 says "Recommendation text" where the column's short name is "Recommendation").
 */
export type FindingField =
  | ColumnId
  | "recommendationTextInFull"
  | `plannedReviews.${PlannedReviewColumnId}`
  | `requests.${RequestColumnId}`
  | `vocabulary.${VocabularyColumnId}`
  | `history.${HistoryColumnId}`;

/**
 * A closed set of words the register takes, listed in a message as the words to type. "status": the
 * statuses one Status column takes (Implemented, In progress, ..., Not relevant).
 */
export type ChoiceSet = "acceptance" | "implementation" | "addressee" | "yesNo" | "status";

/** A clause appended to a message (after "; "). */
export type FindingHint = "mergedCell";

/**
 * The parameters of finding messages, by name. Names whose value is a code from a closed set (a field, a
 * status, a list of words to type) are rendered in the reader's language; the others (values
 * quoted from the register, row numbers, dates, symbols) are shown as they are.
 */
export interface MessageParams {
  readonly field?: FindingField;
  /** Several fields, comma-separated (a History header's missing columns): rendered as a list. */
  readonly fields?: string;
  readonly otherField?: FindingField;
  readonly choices?: ChoiceSet;
  readonly acceptance?: Acceptance;
  readonly implementation?: Implementation;
  readonly status?: Status;
  readonly hint?: FindingHint;
  /** A register value, cleaned to one line and shortened (see `quotable`); templates add the quotes. */
  readonly value?: string;
  readonly expected?: string;
  readonly canonical?: string;
  readonly title?: string;
  readonly code?: string;
  readonly symbol?: string;
  readonly suggestion?: string;
  readonly number?: string | number;
  readonly date?: string;
  readonly dayFirst?: string;
  readonly monthFirst?: string;
  readonly asOf?: string;
  readonly row?: number;
  readonly firstRow?: number;
  readonly count?: number;
  readonly years?: number;
  readonly year?: number;
  readonly sheet?: string;
  readonly table?: string;
  readonly otherSheet?: string;
  readonly otherTable?: string;
  readonly otherHeaderRow?: number;
}

/** What a rule reports: which message, and the values for its template. */
export interface FindingMessage {
  readonly id: FindingMessageId;
  readonly params: MessageParams;
}

/**
 * A finding message from an id and its parameters.
 *
 * @example findingMessageOf("formulaError", { field: "acceptance", code: "#N/A" })
 */
export function findingMessageOf(id: FindingMessageId, params: MessageParams = {}): FindingMessage {
  return { id, params };
}
