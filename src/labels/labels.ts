/**
 * The label table and the language helpers, in one import: every text the add-in writes to a sheet or
 * shows in the task pane comes from here.
 */
export { LABELS, fillPlaceholders, formatLabel, formatPlural, label, ruleTitleId } from "./lookup";
export type { LabelId, LabelParams, PluralLabelId } from "./lookup";
export type { LabelText, PluralForms } from "./label-table";
export { formatDigits, formatNumber, formatPercent } from "./number-format";
export { pluralCategory } from "./plural";
export { formatAlternatives, formatList } from "./format-list";
export { formatLongDate, formatYearSpan } from "./format-date";
export { formatCount, numberingMarker } from "./numbering";
export { acceptanceLabel, addresseeLabel, implementationLabel, statusLabel } from "./display-names";
export {
  findingMessage,
  renderFindings,
  type RenderedFinding,
  formatFindingMessage,
} from "./finding-message";
export type { Language } from "./language";
export { unusableInputMessage } from "./unusable-message";
