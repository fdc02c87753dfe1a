import type { LabelTable } from "./label-table";

/**
 * The terminal report of `jiu-register summary`, in the language of `--lang`: the figures of the progress
 * report's paragraphs 8 and 10, Annex III and Figures 1 and 2, as aligned text.
 */
export const CLI_LABELS = {
  "cli.summary.title": {
    en: "Status of JIU recommendations as of {date}",
    zh: "截至 {date}的联检组建议情况",
    ar: "حالة توصيات وحدة التفتيش المشتركة في {date}",
    fr: "État des recommandations du CCI au {date}",
    ru: "Положение с рекомендациями ОИГ на {date}",
    es: "Situación de las recomendaciones de la DCI al {date}",
  },
  "cli.summary.titleWithOrganization": {
    en: "Status of JIU recommendations as of {date} ({organization})",
    zh: "截至 {date}的联检组建议情况（{organization}）",
    ar: "حالة توصيات وحدة التفتيش المشتركة في {date} ({organization})",
    fr: "État des recommandations du CCI au {date} ({organization})",
    ru: "Положение с рекомендациями ОИГ на {date} ({organization})",
    es: "Situación de las recomendaciones de la DCI al {date} ({organization})",
  },
  "cli.place.sheet": {
    en: "sheet '{sheet}'",
    zh: "工作表“{sheet}”",
    ar: "الورقة «{sheet}»",
    fr: "la feuille «\u00a0{sheet}\u00a0»",
    ru: "листа «{sheet}»",
    es: "la hoja “{sheet}”",
  },
  "cli.place.table": {
    en: "table '{table}' on sheet '{sheet}'",
    zh: "工作表“{sheet}”中的表格“{table}”",
    ar: "الجدول «{table}» في الورقة «{sheet}»",
    fr: "le tableau «\u00a0{table}\u00a0» de la feuille «\u00a0{sheet}\u00a0»",
    ru: "таблицы «{table}» на листе «{sheet}»",
    es: "la tabla “{table}” de la hoja “{sheet}”",
  },
  "cli.summary.read": {
    en: { one: "1 recommendation read from {place}.", other: "{count} recommendations read from {place}." },
    zh: { other: "从{place}读取了 {count} 项建议。" },
    ar: {
      zero: "لم تُقرأ أي توصية من {place}.",
      one: "قُرئت توصية واحدة من {place}.",
      two: "قُرئت توصيتان من {place}.",
      few: "قُرئت {count} توصيات من {place}.",
      many: "قُرئت {count} توصية من {place}.",
      other: "قُرئت {count} توصية من {place}.",
    },
    fr: {
      one: "{count} recommandation lue dans {place}.",
      other: "{count} recommandations lues dans {place}.",
    },
    ru: {
      one: "Из {place} прочитана {count} рекомендация.",
      few: "Из {place} прочитаны {count} рекомендации.",
      many: "Из {place} прочитано {count} рекомендаций.",
      other: "Из {place} прочитано {count} рекомендации.",
    },
    es: {
      one: "{count} recomendación leída de {place}.",
      other: "{count} recomendaciones leídas de {place}.",
    },
  },
  "cli.summary.readSome": {
    en: "{counted} of {rows} rows read from {place} counted; the others lack a readable report, number, addressee or acceptance (jiu-register validate lists them).",
    zh: "从{place}读取的 {rows} 行中计入了 {counted} 行；其余各行缺少可读的报告文号、建议编号、提交对象或接受情况（jiu-register validate 会列出这些行）。",
    ar: "من بين الصفوف المقروءة من {place} وعددها {rows}، حُسب {counted}؛ ويفتقر الباقي إلى رمز تقرير أو رقم أو جهة موجهة إليها أو حالة قبول مقروءة (يسردها الأمر jiu-register validate).",
    fr: "Lignes lues dans {place}\u00a0: {rows}\u00a0; prises en compte\u00a0: {counted}\u00a0; les autres n'ont pas de cote de rapport, de numéro, de destinataire ou d'acceptation lisible (jiu-register validate les énumère).",
    ru: "Строк, прочитанных из {place}: {rows}; учтено: {counted}; в остальных нет читаемого условного обозначения доклада, номера, адресата или отметки о принятии (их перечисляет jiu-register validate).",
    es: "Filas leídas de {place}: {rows}; contabilizadas: {counted}; las demás carecen de signatura del informe, número, destinatario o aceptación legibles (jiu-register validate las enumera).",
  },
  "cli.summary.outstanding": {
    en: "Outstanding: {legislative} to legislative bodies, {executiveHead} to the executive head.",
    zh: "未完成：给立法机构的建议 {legislative} 项，给行政首长的建议 {executiveHead} 项。",
    ar: "التوصيات التي لم تُنفذ بعد: الهيئات التشريعية: {legislative}؛ الرئيس التنفيذي: {executiveHead}.",
    fr: "En suspens\u00a0: organes délibérants\u00a0: {legislative}\u00a0; chef de secrétariat\u00a0: {executiveHead}.",
    ru: "Невыполненные: директивным органам — {legislative}, административному руководителю — {executiveHead}.",
    es: "Pendientes: órganos legislativos: {legislative}; jefe ejecutivo: {executiveHead}.",
  },
  "cli.summary.closureNone": {
    en: "Proposed for closure: none.",
    zh: "提议结束：无。",
    ar: "المقترح إغلاقه: لا شيء.",
    fr: "Proposées pour clôture\u00a0: aucune.",
    ru: "Предлагается закрыть: нет.",
    es: "Propuestas para su cierre: ninguna.",
  },
  "cli.summary.closure": {
    en: { one: "Proposed for closure (1 report):", other: "Proposed for closure ({count} reports):" },
    zh: { other: "提议结束（{count} 份报告）：" },
    ar: {
      zero: "المقترح إغلاقه (لا تقارير):",
      one: "المقترح إغلاقه (تقرير واحد):",
      two: "المقترح إغلاقه (تقريران):",
      few: "المقترح إغلاقه ({count} تقارير):",
      many: "المقترح إغلاقه ({count} تقريرا):",
      other: "المقترح إغلاقه ({count} تقرير):",
    },
    fr: {
      one: "Proposées pour clôture ({count} rapport)\u00a0:",
      other: "Proposées pour clôture ({count} rapports)\u00a0:",
    },
    ru: {
      one: "Предлагается закрыть ({count} доклад):",
      few: "Предлагается закрыть ({count} доклада):",
      many: "Предлагается закрыть ({count} докладов):",
      other: "Предлагается закрыть ({count} доклада):",
    },
    es: {
      one: "Propuestas para su cierre ({count} informe):",
      other: "Propuestas para su cierre ({count} informes):",
    },
  },
  "cli.recommendations": {
    en: { one: "recommendation {numbers}", other: "recommendations {numbers}" },
    zh: { other: "建议 {numbers}" },
    ar: {
      zero: "التوصيات {numbers}",
      one: "التوصية {numbers}",
      two: "التوصيتان {numbers}",
      few: "التوصيات {numbers}",
      many: "التوصيات {numbers}",
      other: "التوصيات {numbers}",
    },
    fr: { one: "recommandation {numbers}", other: "recommandations {numbers}" },
    ru: {
      one: "рекомендация {numbers}",
      few: "рекомендации {numbers}",
      many: "рекомендации {numbers}",
      other: "рекомендации {numbers}",
    },
    es: { one: "recomendación {numbers}", other: "recomendaciones {numbers}" },
  },
  "cli.recommendations.unnumbered": {
    en: "the informal recommendations",
    zh: "非正式建议",
    ar: "التوصيات غير الرسمية",
    fr: "les recommandations informelles",
    ru: "неофициальные рекомендации",
    es: "las recomendaciones oficiosas",
  },
  "cli.recommendations.andUnnumbered": {
    en: {
      one: "recommendation {numbers} and the informal recommendations",
      other: "recommendations {numbers} and the informal recommendations",
    },
    zh: { other: "建议 {numbers} 和非正式建议" },
    ar: {
      zero: "التوصيات {numbers} والتوصيات غير الرسمية",
      one: "التوصية {numbers} والتوصيات غير الرسمية",
      two: "التوصيتان {numbers} والتوصيات غير الرسمية",
      few: "التوصيات {numbers} والتوصيات غير الرسمية",
      many: "التوصيات {numbers} والتوصيات غير الرسمية",
      other: "التوصيات {numbers} والتوصيات غير الرسمية",
    },
    fr: {
      one: "recommandation {numbers} et les recommandations informelles",
      other: "recommandations {numbers} et les recommandations informelles",
    },
    ru: {
      one: "рекомендация {numbers} и неофициальные рекомендации",
      few: "рекомендации {numbers} и неофициальные рекомендации",
      many: "рекомендации {numbers} и неофициальные рекомендации",
      other: "рекомендации {numbers} и неофициальные рекомендации",
    },
    es: {
      one: "recomendación {numbers} y las recomendaciones oficiosas",
      other: "recomendaciones {numbers} y las recomendaciones oficiosas",
    },
  },
} satisfies LabelTable;
