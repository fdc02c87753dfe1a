import type { Acceptance, Addressee, ColumnId, Implementation, Status } from "../model";
import { columnName } from "../parse/headers";

/** Display words for messages. Findings are in English for now; the label table localises the UI around them. */
export const ACCEPTANCE_LABEL: Readonly<Record<Acceptance, string>> = {
  accepted: "Accepted",
  notAccepted: "Not accepted",
  underConsideration: "Under consideration",
  notRelevant: "Not relevant",
};

export const IMPLEMENTATION_LABEL: Readonly<Record<Implementation, string>> = {
  implemented: "Implemented",
  inProgress: "In progress",
  notStarted: "Not started",
};

export const STATUS_LABEL: Readonly<Record<Status, string>> = {
  implemented: "Implemented",
  inProgress: "In progress",
  notStarted: "Not started",
  underConsideration: "Under consideration",
  notAccepted: "Not accepted",
  notRelevant: "Not relevant",
};

export const ADDRESSEE_LABEL: Readonly<Record<Addressee, string>> = {
  legislative: "Legislative body",
  executiveHead: "Executive head",
};

export const ACCEPTANCE_CHOICES = "use Accepted, Not accepted, Under consideration or Not relevant";
export const IMPLEMENTATION_CHOICES = "use Implemented, In progress or Not started";
export const ADDRESSEE_CHOICES = "use Legislative body or Executive head";

const MAX_QUOTED = 80;

/**
 * A value quoted for a message, shortened when long so that a message stays one readable line.
 *
 * @example quote("Acepted") // "'Acepted'"
 */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `'${oneLine.length > MAX_QUOTED ? `${oneLine.slice(0, MAX_QUOTED - 1)}…` : oneLine}'`;
}

/**
 * The name a message uses for a column.
 *
 * @example fieldName("recommendationNumber") // "Recommendation no."
 */
export function fieldName(column: ColumnId): string {
  return columnName(column);
}

/**
 * The one message for a formula error left in a cell, whichever column it is in.
 *
 * @example formulaErrorMessage("Acceptance", "#N/A") // "Acceptance: the cell shows #N/A; fix the formula or type the value"
 */
export function formulaErrorMessage(field: string, code: string): string {
  return `${field}: the cell shows ${code}; fix the formula or type the value`;
}
