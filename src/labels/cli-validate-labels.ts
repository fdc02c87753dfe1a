import { ERROR_COUNT, WARNING_COUNT } from "./count-nouns";
import type { LabelTable } from "./label-table";

/** The framing of `jiu-register validate`'s readable report, in the language of --lang. */
export const CLI_VALIDATE_LABELS = {
  "cli.validate.register": {
    en: "Register: {place}, header on row {headerRow}; as of {date}.",
    zh: "登记册：{place}，标题位于第 {headerRow} 行；截至 {date}。",
    ar: "السجل: {place}، العناوين في الصف {headerRow}؛ الحالة في {date}.",
    fr: "Registre\u00a0: {place}, en-tête en ligne {headerRow}\u00a0; situation au {date}.",
    ru: "Реестр из {place}, заголовки в строке {headerRow}; положение на {date}.",
    es: "Registro: {place}, encabezados en la fila {headerRow}; situación al {date}.",
  },
  "cli.validate.errors": {
    en: "Errors ({count})",
    zh: "错误（{count}）",
    ar: "الأخطاء ({count})",
    fr: "Erreurs ({count})",
    ru: "Ошибки ({count})",
    es: "Errores ({count})",
  },
  "cli.validate.warnings": {
    en: "Warnings ({count})",
    zh: "警告（{count}）",
    ar: "التحذيرات ({count})",
    fr: "Avertissements ({count})",
    ru: "Предупреждения ({count})",
    es: "Advertencias ({count})",
  },
  "cli.validate.byRule": {
    en: "By rule: {counts}",
    zh: "按规则：{counts}",
    ar: "حسب القاعدة: {counts}",
    fr: "Par règle\u00a0: {counts}",
    ru: "По правилам: {counts}",
    es: "Por regla: {counts}",
  },
  "cli.validate.sheet": {
    en: "sheet '{sheet}'",
    zh: "工作表“{sheet}”",
    ar: "الورقة «{sheet}»",
    fr: "feuille «\u00a0{sheet}\u00a0»",
    ru: "лист «{sheet}»",
    es: "hoja “{sheet}”",
  },
  "cli.validate.row": {
    en: "row {row}",
    zh: "第 {row} 行",
    ar: "الصف {row}",
    fr: "ligne {row}",
    ru: "строка {row}",
    es: "fila {row}",
  },
  "cli.validate.closing": {
    en: "{read}; {errors}, {warnings}.",
    zh: "{read}；{errors}，{warnings}。",
    ar: "{read}؛ {errors}، {warnings}.",
    fr: "{read}\u00a0; {errors}, {warnings}.",
    ru: "{read}; {errors}, {warnings}.",
    es: "{read}; {errors}, {warnings}.",
  },
  "cli.validate.read": {
    en: { one: "1 recommendation read from {place}", other: "{count} recommendations read from {place}" },
    zh: { other: "从{place}读取了 {count} 项建议" },
    ar: {
      zero: "لم تُقرأ أي توصية من {place}",
      one: "قُرئت توصية واحدة من {place}",
      two: "قُرئت توصيتان من {place}",
      few: "قُرئت {count} توصيات من {place}",
      many: "قُرئت {count} توصية من {place}",
      other: "قُرئت {count} توصية من {place}",
    },
    fr: {
      one: "{count} recommandation lue dans {place}",
      other: "{count} recommandations lues dans {place}",
    },
    ru: {
      one: "Из {place} прочитана {count} рекомендация",
      few: "Из {place} прочитаны {count} рекомендации",
      many: "Из {place} прочитано {count} рекомендаций",
      other: "Из {place} прочитано {count} рекомендации",
    },
    es: { one: "{count} recomendación leída de {place}", other: "{count} recomendaciones leídas de {place}" },
  },
  // The same counts as the pane's, so the CLI and the pane agree on the forms.
  "cli.validate.errorCount": ERROR_COUNT,
  "cli.validate.warningCount": WARNING_COUNT,
} satisfies LabelTable;
