import type { RuleId } from "../core/findings";
import type { Language } from "./language";
import { CHANGES_LABELS } from "./changes-labels";
import { CLI_LABELS } from "./cli-labels";
import { DOCUMENT_LABELS } from "./document-labels";
import { FINDING_LABELS } from "./finding-labels";
import type { LabelTable, LabelTexts } from "./label-table";
import { ROLLOVER_LABELS } from "./rollover-labels";
import { SHEET_LABELS } from "./sheet-labels";
import { UI_LABELS } from "./ui-labels";
import { UNUSABLE_LABELS } from "./unusable-labels";

/**
 * The one label table: generated-sheet labels, task-pane labels, finding messages and the CLI's summary
 * report, keyed by stable ids.
 */
export const LABELS = {
  ...SHEET_LABELS,
  ...UI_LABELS,
  ...FINDING_LABELS,
  ...CLI_LABELS,
  ...UNUSABLE_LABELS,
  ...DOCUMENT_LABELS,
  ...ROLLOVER_LABELS,
  ...CHANGES_LABELS,
} satisfies LabelTable;

export type LabelId = keyof typeof LABELS;

/** Values that fill the {name} placeholders of a label. */
export type LabelParams = Readonly<Record<string, string | number>>;

/**
 * The text of a label in a language.
 *
 * @example label("sheet.annexI", "zh") // "附件一"
 */
export function label(id: LabelId, lang: Language): string {
  const texts: LabelTexts = LABELS[id];
  return texts[lang];
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * A label with its {name} placeholders filled. A placeholder without a value is a programming error
 * and throws, so that a half-filled text never reaches a sheet.
 *
 * @example formatLabel("annex.recommendation", "en", { number: 7 }) // "Recommendation 7"
 */
export function formatLabel(id: LabelId, lang: Language, params: LabelParams): string {
  return fillPlaceholders(label(id, lang), params, id);
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
