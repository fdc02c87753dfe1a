import type { LabelTexts } from "./label-table";

/**
 * "3 errors", "1 warning": the counts of findings, written once for the pane, the ribbon dialog and the
 * CLI's report. One form per plural category, so that the noun agrees with the count: Russian "1 ошибка",
 * "3 ошибки", "5 ошибок"; Arabic "خطأ واحد", "خطآن", "3 أخطاء", and from 11 to 99 the accusative singular
 * (tamyiz) "11 خطأً", "11 تحذيرًا", but the genitive after 100 ("100 خطأ").
 */
export const ERROR_COUNT = {
  en: { one: "{count} error", other: "{count} errors" },
  zh: { other: "{count} 个错误" },
  ar: {
    zero: "لا أخطاء",
    one: "خطأ واحد",
    two: "خطآن",
    few: "{count} أخطاء",
    many: "{count} خطأً",
    other: "{count} خطأ",
  },
  fr: { one: "{count} erreur", other: "{count} erreurs" },
  ru: { one: "{count} ошибка", few: "{count} ошибки", many: "{count} ошибок", other: "{count} ошибки" },
  es: { one: "{count} error", other: "{count} errores" },
} as const satisfies LabelTexts;

export const WARNING_COUNT = {
  en: { one: "{count} warning", other: "{count} warnings" },
  zh: { other: "{count} 个警告" },
  ar: {
    zero: "لا تحذيرات",
    one: "تحذير واحد",
    two: "تحذيران",
    few: "{count} تحذيرات",
    many: "{count} تحذيرًا",
    other: "{count} تحذير",
  },
  fr: { one: "{count} avertissement", other: "{count} avertissements" },
  ru: {
    one: "{count} предупреждение",
    few: "{count} предупреждения",
    many: "{count} предупреждений",
    other: "{count} предупреждения",
  },
  es: { one: "{count} advertencia", other: "{count} advertencias" },
} as const satisfies LabelTexts;
