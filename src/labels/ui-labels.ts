import type { RuleId } from "../core/findings";
import type { LabelTable, LabelTexts } from "./label-table";
import { RULE_TITLES } from "./rule-titles";
import { UI_ERROR_LABELS } from "./ui-error-labels";
import { UI_MESSAGE_LABELS } from "./ui-message-labels";
import { UI_PANE_LABELS } from "./ui-pane-labels";

export { RULE_TITLES };

type RuleLabels = { readonly [K in RuleId as `rule.${K}`]: LabelTexts };

function ruleLabels(): RuleLabels {
  const entries = Object.entries(RULE_TITLES).map(([rule, texts]) => [`rule.${rule}`, texts] as const);
  return Object.fromEntries(entries) as RuleLabels;
}

/** Counts of findings, as the pane's counters and the ribbon's dialog write them. */
const COUNT_LABELS = {
  "ui.errors.one": { en: "{count} error", zh: "{count} 个错误" },
  "ui.errors.other": { en: "{count} errors", zh: "{count} 个错误" },
  "ui.warnings.one": { en: "{count} warning", zh: "{count} 个警告" },
  "ui.warnings.other": { en: "{count} warnings", zh: "{count} 个警告" },
  "ui.generationRefused.one": {
    en: 'Nothing was generated: the register has 1 error. Fix it, or choose "Generate anyway".',
    zh: "未生成任何内容：登记册有 1 个错误。请先更正，或选择“仍然生成”。",
    ar: "لم يُنشأ أي شيء: في السجل خطأ واحد. صححه أو اختر «الإنشاء على أي حال».",
    fr: "Rien n'a été produit : le registre contient 1 erreur. Corrigez-la ou choisissez « Produire quand même ».",
    ru: "Ничего не создано: в реестре 1 ошибка. Исправьте ее или выберите «Все равно создать».",
    es: "No se generó nada: el registro tiene 1 error. Corríjalo o elija “Generar de todos modos”.",
  },
  "ui.generationRefused": {
    en: 'Nothing was generated: the register has {count} errors. Fix them, or choose "Generate anyway".',
    zh: "未生成任何内容：登记册有 {count} 个错误。请先更正，或选择“仍然生成”。",
    ar: "لم يُنشأ أي شيء: في السجل أخطاء (عددها {count}). صححها أو اختر «الإنشاء على أي حال».",
    fr: "Rien n'a été produit : le registre contient des erreurs ({count}). Corrigez-les ou choisissez « Produire quand même ».",
    ru: "Ничего не создано: в реестре есть ошибки ({count}). Исправьте их или выберите «Все равно создать».",
    es: "No se generó nada: el registro tiene errores ({count}). Corríjalos o elija “Generar de todos modos”.",
  },
} satisfies LabelTable;

/** Task pane, ribbon command and error-message strings, and the validation rules' titles. */
export const UI_LABELS = {
  ...UI_PANE_LABELS,
  ...UI_MESSAGE_LABELS,
  ...UI_ERROR_LABELS,
  ...COUNT_LABELS,
  ...ruleLabels(),
} satisfies LabelTable;

export type UiLabelId = keyof typeof UI_LABELS;
