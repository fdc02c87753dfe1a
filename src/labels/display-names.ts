import type { Acceptance, Addressee, Implementation, Status } from "../core/model";
import type { Language } from "./language";
import { label, type LabelId } from "./lookup";

const STATUS_IDS: Readonly<Record<Status, LabelId>> = {
  implemented: "status.implemented",
  inProgress: "status.inProgress",
  notStarted: "status.notStarted",
  underConsideration: "status.underConsideration",
  notAccepted: "status.notAccepted",
  notRelevant: "status.notRelevant",
  closed: "status.closed",
};

const ACCEPTANCE_IDS: Readonly<Record<Acceptance, LabelId>> = {
  accepted: "acceptance.accepted",
  notAccepted: "acceptance.notAccepted",
  underConsideration: "acceptance.underConsideration",
  notRelevant: "acceptance.notRelevant",
  closed: "acceptance.closed",
};

const ADDRESSEE_IDS: Readonly<Record<Addressee, LabelId>> = {
  legislative: "addressee.legislative",
  executiveHead: "addressee.executiveHead",
};

/**
 * The display name of a status (the series names of Figures 1 and 2).
 *
 * @example statusLabel("inProgress", "zh") // "正在落实"
 */
export function statusLabel(status: Status, lang: Language): string {
  return label(STATUS_IDS[status], lang);
}

/** @example acceptanceLabel("accepted", "zh") // "已接受" */
export function acceptanceLabel(acceptance: Acceptance, lang: Language): string {
  return label(ACCEPTANCE_IDS[acceptance], lang);
}

/** @example implementationLabel("implemented", "en") // "Implemented" */
export function implementationLabel(implementation: Implementation, lang: Language): string {
  return statusLabel(implementation, lang);
}

/** @example addresseeLabel("executiveHead", "zh") // "行政首长" */
export function addresseeLabel(addressee: Addressee, lang: Language): string {
  return label(ADDRESSEE_IDS[addressee], lang);
}
