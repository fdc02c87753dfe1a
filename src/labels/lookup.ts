import type { RuleId } from "../core/findings";
import { bidiParams } from "./bidi";
import type { Language } from "./language";
import { CLI_FIGURE_LABELS } from "./cli-figure-labels";
import { CHANGES_LABELS } from "./changes-labels";
import { CLI_HELP_LABELS } from "./cli-help-labels";
import { CLI_LABELS } from "./cli-labels";
import { CLI_USAGE_LABELS } from "./cli-usage-labels";
import { CLI_WROTE_LABELS } from "./cli-wrote-labels";
import { CLI_ROLLOVER_LABELS } from "./cli-rollover-labels";
import { CLI_VALIDATE_LABELS } from "./cli-validate-labels";
import { DOCUMENT_LABELS } from "./document-labels";
import { FINDING_LABELS } from "./finding-labels";
import type { LabelTable, LabelText, LabelTexts, PluralForms } from "./label-table";
import { formatDigits } from "./number-format";
import { isPluralForms, pluralForm } from "./plural";
import { SHEET_LABELS } from "./sheet-labels";
import { SUMMARY_LABELS } from "./summary-labels";
import { DECISION_LABELS } from "./decision-labels";
import { ANNEX_LABELS } from "./annex-labels";
import { ANNEX_III_LABELS } from "./annex-iii-labels";
import { ROLLOVER_LABELS } from "./rollover-labels";
import { TEMPLATE_LABELS } from "./template-labels";
import { UI_LABELS } from "./ui-labels";
import { UNUSABLE_LABELS } from "./unusable-labels";

/**
 * The one label table: generated-sheet labels, task-pane labels, finding messages and the CLI's summary
 * report, keyed by stable ids.
 */
export const LABELS = {
  ...SHEET_LABELS,
  ...SUMMARY_LABELS,
  ...DECISION_LABELS,
  ...ANNEX_LABELS,
  ...ANNEX_III_LABELS,
  ...UI_LABELS,
  ...FINDING_LABELS,
  ...CLI_LABELS,
  ...CLI_HELP_LABELS,
  ...CLI_USAGE_LABELS,
  ...CLI_WROTE_LABELS,
  ...CLI_ROLLOVER_LABELS,
  ...CLI_FIGURE_LABELS,
  ...CLI_VALIDATE_LABELS,
  ...UNUSABLE_LABELS,
  ...DOCUMENT_LABELS,
  ...ROLLOVER_LABELS,
  ...CHANGES_LABELS,
  ...TEMPLATE_LABELS,
} satisfies LabelTable;

type AnyLabelId = keyof typeof LABELS;

/** Ids of the plain labels, whose text is one string per language: `label`, `formatLabel`. */
export type LabelId = Exclude<AnyLabelId, PluralLabelId>;

/** Ids of the plural labels, whose text is a set of plural forms per language: `formatPlural`. */
export type PluralLabelId = {
  [Id in AnyLabelId]: (typeof LABELS)[Id]["en"] extends PluralForms ? Id : never;
}[AnyLabelId];

/** Values that fill the {name} placeholders of a label. */
export type LabelParams = Readonly<Record<string, string | number>>;

/**
 * The text of a label in a language.
 *
 * @example label("sheet.annexI", "zh") // "附件一"
 */
export function label(id: LabelId, lang: Language): string {
  const text = textOf(id, lang);
  if (isPluralForms(text)) throw new Error(`Label ${id} is plural: use formatPlural`);
  return text;
}

function textOf(id: AnyLabelId, lang: Language): LabelText {
  const texts: LabelTexts = LABELS[id];
  return texts[lang];
}

/**
 * A plural label's form for a count (Intl.PluralRules), its placeholders filled; {count} is the count in
 * the language's digits (`formatDigits`) unless `params` gives it.
 *
 * @example formatPlural("cli.summary.read", "en", 3, { place: "sheet 'Register'" })
 * // "3 recommendations read from sheet 'Register'."
 */
export function formatPlural(
  id: PluralLabelId,
  lang: Language,
  count: number,
  params: LabelParams = {},
): string {
  const text = textOf(id, lang);
  const form = isPluralForms(text) ? pluralForm(text, count, lang) : text;
  return fillPlaceholders(form, { count: formatDigits(count, lang), ...params }, id);
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A label with its {name} placeholders filled. A placeholder without a value is a programming error
 * and throws, so that a half-filled text never reaches a sheet.
 *
 * @example formatLabel("annex.recommendation", "en", { number: 7 }) // "Recommendation 7"
 */
export function formatLabel(id: LabelId, lang: Language, params: LabelParams): string {
  return fillPlaceholders(label(id, lang), bidiParams(params, lang), id);
}

/** Fills {name} placeholders in any text; exported for tests and for composed labels. */
export function fillPlaceholders(text: string, params: LabelParams, what = "text"): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Label ${what} needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * The label id of a validation rule's title.
 *
 * @example label(ruleTitleId("E11-link"), "en") // "Link"
 */
export function ruleTitleId(rule: RuleId): LabelId {
  return `rule.${rule}`;
}
