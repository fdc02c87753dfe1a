import type { RuleId } from "../core/findings";
import type { LabelTable, LabelTexts } from "./label-table";
import { RULE_TITLES } from "./rule-titles";
import { UI_COUNT_LABELS } from "./ui-count-labels";
import { UI_ERROR_LABELS } from "./ui-error-labels";
import { UI_MESSAGE_LABELS } from "./ui-message-labels";
import { UI_PANE_LABELS } from "./ui-pane-labels";

export { RULE_TITLES };

type RuleLabels = { readonly [K in RuleId as `rule.${K}`]: LabelTexts };

function ruleLabels(): RuleLabels {
  const entries = Object.entries(RULE_TITLES).map(([rule, texts]) => [`rule.${rule}`, texts] as const);
  return Object.fromEntries(entries) as RuleLabels;
}

/** Task pane, ribbon command and error-message strings, and the validation rules' titles. */
export const UI_LABELS = {
  ...UI_PANE_LABELS,
  ...UI_MESSAGE_LABELS,
  ...UI_ERROR_LABELS,
  ...UI_COUNT_LABELS,
  ...ruleLabels(),
} satisfies LabelTable;

export type UiLabelId = keyof typeof UI_LABELS;
