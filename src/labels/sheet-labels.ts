import type { LabelTable } from "./label-table";

/**
 * Labels of the generated sheets: their names, the language conventions Intl lacks, and the display names of
 * statuses and addressees. Chinese texts are taken verbatim from the seed (WIPO WO/PBC/35/2) wherever it
 * has them; English texts translate them; Arabic, French, Russian and Spanish use the UN system's terms
 * (docs/terminology.md). Placeholders are written {name} and filled by `formatLabel`.
 */
export const SHEET_LABELS = {
  // Sheet names (at most 31 characters, none of : \ / ? * [ ]).
  "sheet.summary": { en: "Summary", zh: "摘要", ar: "موجز", fr: "Résumé", ru: "Резюме", es: "Resumen" },
  "sheet.annexI": {
    en: "Annex I",
    zh: "附件一",
    ar: "المرفق الأول",
    fr: "Annexe I",
    ru: "Приложение I",
    es: "Anexo I",
  },
  "sheet.annexII": {
    en: "Annex II",
    zh: "附件二",
    ar: "المرفق الثاني",
    fr: "Annexe II",
    ru: "Приложение II",
    es: "Anexo II",
  },
  "sheet.annexIII": {
    en: "Annex III",
    zh: "附件三",
    ar: "المرفق الثالث",
    fr: "Annexe III",
    ru: "Приложение III",
    es: "Anexo III",
  },

  // Language conventions Intl does not give: year spans, numbering. Lists and dates are Intl's.
  "years.range": {
    en: "{from}–{to}",
    zh: "{from} 年-{to} 年",
    ar: "{from}-{to}",
    fr: "{from}-{to}",
    ru: "{from}–{to} годы",
    es: "{from}-{to}",
  },
  "years.single": {
    en: "{year}",
    zh: "{year} 年",
    ar: "{year}",
    fr: "{year}",
    ru: "{year} год",
    es: "{year}",
  },
  "numbering.marker": {
    en: "{marker}.",
    zh: "{marker}、",
    ar: "{marker} -",
    fr: "{marker}.",
    ru: "{marker}.",
    es: "{marker}.",
  },

  // Display names of statuses and addressees.
  "status.implemented": {
    en: "Implemented",
    zh: "已落实",
    ar: "نُفذت",
    fr: "Appliquée",
    ru: "Выполнена",
    es: "Aplicada",
  },
  "status.inProgress": {
    en: "In progress",
    zh: "正在落实",
    ar: "قيد التنفيذ",
    fr: "En cours d'application",
    ru: "Выполняется",
    es: "En curso de aplicación",
  },
  "status.notStarted": {
    en: "Not started",
    zh: "尚未启动",
    ar: "لم يبدأ تنفيذها",
    fr: "Non commencée",
    ru: "Не начата",
    es: "No iniciada",
  },
  "status.underConsideration": {
    en: "Under consideration",
    zh: "正在审议",
    ar: "قيد النظر",
    fr: "À l'étude",
    ru: "На рассмотрении",
    es: "En estudio",
  },
  "status.notAccepted": {
    en: "Not accepted",
    zh: "未予接受",
    ar: "غير مقبولة",
    fr: "Non acceptée",
    ru: "Не принята",
    es: "No aceptada",
  },
  "status.notRelevant": {
    en: "Not relevant",
    zh: "不相关",
    ar: "غير ذات صلة",
    fr: "Sans objet",
    ru: "Не имеет отношения",
    es: "No pertinente",
  },
  // Closed without a stated reason; "已完成" as the seed's paragraph 8 calls a closed recommendation.
  "status.closed": { en: "Closed", zh: "已完成", ar: "مغلقة", fr: "Close", ru: "Закрыта", es: "Cerrada" },
  "acceptance.accepted": {
    en: "Accepted",
    zh: "已接受",
    ar: "مقبولة",
    fr: "Acceptée",
    ru: "Принята",
    es: "Aceptada",
  },
  "acceptance.notAccepted": {
    en: "Not accepted",
    zh: "未予接受",
    ar: "غير مقبولة",
    fr: "Non acceptée",
    ru: "Не принята",
    es: "No aceptada",
  },
  "acceptance.underConsideration": {
    en: "Under consideration",
    zh: "正在审议",
    ar: "قيد النظر",
    fr: "À l'étude",
    ru: "На рассмотрении",
    es: "En estudio",
  },
  "acceptance.notRelevant": {
    en: "Not relevant",
    zh: "不相关",
    ar: "غير ذات صلة",
    fr: "Sans objet",
    ru: "Не имеет отношения",
    es: "No pertinente",
  },
  "acceptance.closed": { en: "Closed", zh: "已完成", ar: "مغلقة", fr: "Close", ru: "Закрыта", es: "Cerrada" },
  "addressee.legislative": {
    en: "Legislative bodies",
    zh: "立法机构",
    ar: "الهيئات التشريعية",
    fr: "Organes délibérants",
    ru: "Директивные органы",
    es: "Órganos legislativos",
  },
  "addressee.executiveHead": {
    en: "Executive head",
    zh: "行政首长",
    ar: "الرئيس التنفيذي",
    fr: "Chef de secrétariat",
    ru: "Административный руководитель",
    es: "Jefe ejecutivo",
  },
} satisfies LabelTable;
