import { ERROR_COUNT, WARNING_COUNT } from "./count-nouns";
import type { LabelTable } from "./label-table";

/**
 * The pane's and the ribbon dialog's counts, as plural labels (`formatPlural`): one form per plural category
 * of the language (Russian one/few/many, Arabic zero/one/two/few/many), so that the noun agrees with the
 * count (the counts of findings: count-nouns.ts).
 */
export const UI_COUNT_LABELS = {
  "ui.errors": ERROR_COUNT,
  "ui.warnings": WARNING_COUNT,
  "ui.noProblems": {
    en: {
      one: "No problems found in {count} recommendation",
      other: "No problems found in {count} recommendations",
    },
    zh: { other: "在 {count} 项建议中未发现问题" },
    ar: {
      zero: "لا توجد توصيات للتحقق منها",
      one: "لم يُعثر على أي مشكلة في التوصية الوحيدة",
      two: "لم يُعثر على أي مشكلة في التوصيتين",
      few: "لم يُعثر على أي مشكلة في {count} توصيات",
      many: "لم يُعثر على أي مشكلة في {count} توصية",
      other: "لم يُعثر على أي مشكلة في {count} توصية",
    },
    fr: {
      one: "Aucun problème détecté dans {count} recommandation",
      other: "Aucun problème détecté dans {count} recommandations",
    },
    ru: {
      one: "В {count} рекомендации проблем не найдено",
      few: "В {count} рекомендациях проблем не найдено",
      many: "В {count} рекомендациях проблем не найдено",
      other: "В {count} рекомендации проблем не найдено",
    },
    es: {
      one: "No se encontraron problemas en {count} recomendación",
      other: "No se encontraron problemas en {count} recomendaciones",
    },
  },
  "ui.commandResult.clean": {
    en: {
      one: "No problems found in {count} recommendation.",
      other: "No problems found in {count} recommendations.",
    },
    zh: { other: "在 {count} 项建议中未发现问题。" },
    ar: {
      zero: "لا توجد توصيات للتحقق منها.",
      one: "لم يُعثر على أي مشكلة في التوصية الوحيدة.",
      two: "لم يُعثر على أي مشكلة في التوصيتين.",
      few: "لم يُعثر على أي مشكلة في {count} توصيات.",
      many: "لم يُعثر على أي مشكلة في {count} توصية.",
      other: "لم يُعثر على أي مشكلة في {count} توصية.",
    },
    fr: {
      one: "Aucun problème détecté dans {count} recommandation.",
      other: "Aucun problème détecté dans {count} recommandations.",
    },
    ru: {
      one: "В {count} рекомендации проблем не найдено.",
      few: "В {count} рекомендациях проблем не найдено.",
      many: "В {count} рекомендациях проблем не найдено.",
      other: "В {count} рекомендации проблем не найдено.",
    },
    es: {
      one: "No se encontraron problemas en {count} recomendación.",
      other: "No se encontraron problemas en {count} recomendaciones.",
    },
  },
  "ui.checkedRows": {
    en: {
      one: '{count} recommendation checked on sheet "{sheet}".',
      other: '{count} recommendations checked on sheet "{sheet}".',
    },
    zh: { other: "已检查工作表“{sheet}”中的 {count} 项建议。" },
    ar: {
      zero: "لم يجرِ التحقق من أي توصية في الورقة «{sheet}».",
      one: "جرى التحقق من توصية واحدة في الورقة «{sheet}».",
      two: "جرى التحقق من توصيتين في الورقة «{sheet}».",
      few: "جرى التحقق من {count} توصيات في الورقة «{sheet}».",
      many: "جرى التحقق من {count} توصية في الورقة «{sheet}».",
      other: "جرى التحقق من {count} توصية في الورقة «{sheet}».",
    },
    fr: {
      one: "{count} recommandation vérifiée dans la feuille « {sheet} ».",
      other: "{count} recommandations vérifiées dans la feuille « {sheet} ».",
    },
    ru: {
      one: "Проверена {count} рекомендация на листе «{sheet}».",
      few: "Проверены {count} рекомендации на листе «{sheet}».",
      many: "Проверено {count} рекомендаций на листе «{sheet}».",
      other: "Проверено {count} рекомендации на листе «{sheet}».",
    },
    es: {
      one: "{count} recomendación comprobada en la hoja “{sheet}”.",
      other: "{count} recomendaciones comprobadas en la hoja “{sheet}”.",
    },
  },
  "ui.generationRefused": {
    en: {
      one: 'Nothing was generated: the register has {count} error. Fix it, or choose "Generate anyway".',
      other: 'Nothing was generated: the register has {count} errors. Fix them, or choose "Generate anyway".',
    },
    zh: { other: "未生成任何内容：登记册有 {count} 个错误。请先更正，或选择“仍然生成”。" },
    ar: {
      zero: "لم يُنشأ أي شيء. اختر «الإنشاء على أي حال».",
      one: "لم يُنشأ أي شيء: في السجل خطأ واحد. صححه أو اختر «الإنشاء على أي حال».",
      two: "لم يُنشأ أي شيء: في السجل خطآن. صححهما أو اختر «الإنشاء على أي حال».",
      few: "لم يُنشأ أي شيء: في السجل {count} أخطاء. صححها أو اختر «الإنشاء على أي حال».",
      many: "لم يُنشأ أي شيء: في السجل {count} خطأً. صححها أو اختر «الإنشاء على أي حال».",
      other: "لم يُنشأ أي شيء: في السجل {count} خطأ. صححها أو اختر «الإنشاء على أي حال».",
    },
    fr: {
      one: "Rien n'a été produit : le registre contient {count} erreur. Corrigez-la ou choisissez « Produire quand même ».",
      other:
        "Rien n'a été produit : le registre contient {count} erreurs. Corrigez-les ou choisissez « Produire quand même ».",
    },
    ru: {
      one: "Ничего не создано: в реестре {count} ошибка. Исправьте ее или выберите «Все равно создать».",
      few: "Ничего не создано: в реестре {count} ошибки. Исправьте их или выберите «Все равно создать».",
      many: "Ничего не создано: в реестре {count} ошибок. Исправьте их или выберите «Все равно создать».",
      other: "Ничего не создано: в реестре {count} ошибки. Исправьте их или выберите «Все равно создать».",
    },
    es: {
      one: "No se generó nada: el registro tiene {count} error. Corríjalo o elija “Generar de todos modos”.",
      other:
        "No se generó nada: el registro tiene {count} errores. Corríjalos o elija “Generar de todos modos”.",
    },
  },
  "ui.validateCommandResult": {
    en: {
      one: "{errors} and {warnings} in {count} recommendation. Open the task pane to see them.",
      other: "{errors} and {warnings} in {count} recommendations. Open the task pane to see them.",
    },
    zh: { other: "在 {count} 项建议中发现 {errors}和 {warnings}。请打开任务窗格查看。" },
    ar: {
      zero: "{errors} و{warnings}. افتح جزء المهام للاطلاع عليها.",
      one: "{errors} و{warnings} في توصية واحدة. افتح جزء المهام للاطلاع عليها.",
      two: "{errors} و{warnings} في توصيتين. افتح جزء المهام للاطلاع عليها.",
      few: "{errors} و{warnings} في {count} توصيات. افتح جزء المهام للاطلاع عليها.",
      many: "{errors} و{warnings} في {count} توصية. افتح جزء المهام للاطلاع عليها.",
      other: "{errors} و{warnings} في {count} توصية. افتح جزء المهام للاطلاع عليها.",
    },
    fr: {
      one: "{errors} et {warnings} dans {count} recommandation. Ouvrez le volet Office pour les consulter.",
      other:
        "{errors} et {warnings} dans {count} recommandations. Ouvrez le volet Office pour les consulter.",
    },
    ru: {
      one: "{errors} и {warnings} в {count} рекомендации. Откройте область задач, чтобы их просмотреть.",
      few: "{errors} и {warnings} в {count} рекомендациях. Откройте область задач, чтобы их просмотреть.",
      many: "{errors} и {warnings} в {count} рекомендациях. Откройте область задач, чтобы их просмотреть.",
      other: "{errors} и {warnings} в {count} рекомендации. Откройте область задач, чтобы их просмотреть.",
    },
    es: {
      one: "{errors} y {warnings} en {count} recomendación. Abra el panel de tareas para verlos.",
      other: "{errors} y {warnings} en {count} recomendaciones. Abra el panel de tareas para verlos.",
    },
  },
} satisfies LabelTable;
