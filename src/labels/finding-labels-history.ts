import type { FindingMessageId } from "../core/findings";
import type { HistoryColumnId } from "../core/history/types";
import type { LabelTexts } from "./label-table";

/**
 * Finding messages about the History sheet (issue 14): W13 when its header lacks columns, W14 when a cell
 * cannot be read. Merged into the finding messages of finding-labels.ts. The History is never rewritten, so
 * each message says what to fix by hand.
 */
export const HISTORY_MESSAGES = {
  "history.missingColumns": {
    en: "Sheet '{sheet}' is not read as the reporting history: its header lacks {fields}. Row 1 must read Cycle as of, Report, Recommendation, Addressee, Acceptance, Implementation, Assessment, Responsible; restore the missing columns (the sheet is never overwritten)",
    zh: "工作表“{sheet}”未作为报告历史读取：其标题行缺少{fields}。第 1 行应依次为：周期截止日期、报告、建议、对象、接受情况、落实情况、评估、负责方；请恢复缺少的列（该工作表不会被覆盖）",
    ar: "لم تُقرأ الورقة '{sheet}' بوصفها سجل التقارير: ينقص صف العناوين فيها {fields}. يجب أن يتضمن الصف 1: الدورة في تاريخ، التقرير، التوصية، الجهة المعنية، القبول، التنفيذ، التقييم، المسؤول؛ يُرجى إعادة الأعمدة الناقصة (لا يُكتب فوق الورقة أبدًا)",
    fr: "La feuille « {sheet} » n'est pas lue comme historique des rapports : son en-tête ne comporte pas {fields}. La ligne 1 doit contenir Cycle au, Rapport, Recommandation, Destinataire, Acceptation, Mise en œuvre, Évaluation, Responsable ; rétablissez les colonnes manquantes (la feuille n'est jamais écrasée)",
    ru: "Лист «{sheet}» не прочитан как история отчетности: в его заголовке нет столбцов {fields}. Строка 1 должна содержать: Цикл по состоянию на, Доклад, Рекомендация, Адресат, Принятие, Выполнение, Оценка, Ответственный; восстановите недостающие столбцы (лист никогда не перезаписывается)",
    es: "La hoja «{sheet}» no se lee como historial de informes: a su encabezado le falta {fields}. La fila 1 debe contener Ciclo al, Informe, Recomendación, Destinatario, Aceptación, Aplicación, Evaluación, Responsable; restablezca las columnas que faltan (la hoja nunca se sobrescribe)",
  },
  "history.cycleNotDate": {
    en: "{field} '{value}' is not a date; type the cycle's as-of date as a date (e.g. 2023-02-28). Until then this row counts in no cycle",
    zh: "{field}“{value}”不是日期；请以日期格式填写该周期的截止日期（例如 2023-02-28）。在此之前，该行不计入任何周期",
    ar: "{field} '{value}' ليس تاريخًا؛ اكتب تاريخ الدورة بصيغة تاريخ (مثل 2023-02-28). ولا يُحتسب هذا الصف في أي دورة إلى حين ذلك",
    fr: "{field} « {value} » n'est pas une date ; saisissez la date de référence du cycle sous forme de date (p. ex. 2023-02-28). D'ici là, cette ligne ne compte dans aucun cycle",
    ru: "{field} «{value}» не является датой; введите дату цикла в формате даты (например, 2023-02-28). До тех пор эта строка не учитывается ни в одном цикле",
    es: "{field} «{value}» no es una fecha; escriba la fecha de referencia del ciclo como fecha (p. ej., 2023-02-28). Hasta entonces, esta fila no cuenta en ningún ciclo",
  },
  "history.cycleMissing": {
    en: "{field} is missing; type the cycle's as-of date (e.g. 2023-02-28). Until then this row counts in no cycle",
    zh: "缺少{field}；请填写该周期的截止日期（例如 2023-02-28）。在此之前，该行不计入任何周期",
    ar: "{field} غير موجود؛ اكتب تاريخ الدورة (مثل 2023-02-28). ولا يُحتسب هذا الصف في أي دورة إلى حين ذلك",
    fr: "{field} manque ; saisissez la date de référence du cycle (p. ex. 2023-02-28). D'ici là, cette ligne ne compte dans aucun cycle",
    ru: "{field} не указан; введите дату цикла (например, 2023-02-28). До тех пор эта строка не учитывается ни в одном цикле",
    es: "Falta {field}; escriba la fecha de referencia del ciclo (p. ej., 2023-02-28). Hasta entonces, esta fila no cuenta en ningún ciclo",
  },
  "history.duplicate": {
    en: "Recommendation {number} of {symbol} is already on row {firstRow} for the cycle as of {date}; keep one of the two rows (row {firstRow} counts)",
    zh: "{symbol} 的建议 {number} 在截止日期为 {date} 的周期中已在第 {firstRow} 行出现；请只保留其中一行（以第 {firstRow} 行为准）",
    ar: "التوصية {number} من {symbol} واردة بالفعل في الصف {firstRow} للدورة المنتهية في {date}؛ أبقِ على أحد الصفين (يُعتدّ بالصف {firstRow})",
    fr: "La recommandation {number} de {symbol} figure déjà à la ligne {firstRow} pour le cycle au {date} ; conservez l'une des deux lignes (la ligne {firstRow} fait foi)",
    ru: "Рекомендация {number} документа {symbol} уже указана в строке {firstRow} для цикла по состоянию на {date}; оставьте одну из двух строк (учитывается строка {firstRow})",
    es: "La recomendación {number} de {symbol} ya figura en la fila {firstRow} para el ciclo al {date}; conserve una de las dos filas (cuenta la fila {firstRow})",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;

/** The History sheet's columns as messages name them. */
export const HISTORY_FIELDS = {
  "history.cycle": {
    en: "Cycle as of",
    zh: "周期截止日期",
    ar: "الدورة في تاريخ",
    fr: "Cycle au",
    ru: "Цикл по состоянию на",
    es: "Ciclo al",
  },
  "history.report": { en: "Report", zh: "报告", ar: "التقرير", fr: "Rapport", ru: "Доклад", es: "Informe" },
  "history.recommendation": {
    en: "Recommendation",
    zh: "建议",
    ar: "التوصية",
    fr: "Recommandation",
    ru: "Рекомендация",
    es: "Recomendación",
  },
  "history.addressee": {
    en: "Addressee",
    zh: "对象",
    ar: "الجهة المعنية",
    fr: "Destinataire",
    ru: "Адресат",
    es: "Destinatario",
  },
  "history.acceptance": {
    en: "Acceptance",
    zh: "接受情况",
    ar: "القبول",
    fr: "Acceptation",
    ru: "Принятие",
    es: "Aceptación",
  },
  "history.implementation": {
    en: "Implementation",
    zh: "落实情况",
    ar: "التنفيذ",
    fr: "Mise en œuvre",
    ru: "Выполнение",
    es: "Aplicación",
  },
  "history.assessment": {
    en: "Assessment",
    zh: "评估",
    ar: "التقييم",
    fr: "Évaluation",
    ru: "Оценка",
    es: "Evaluación",
  },
  "history.responsible": {
    en: "Responsible",
    zh: "负责方",
    ar: "المسؤول",
    fr: "Responsable",
    ru: "Ответственный",
    es: "Responsable",
  },
} satisfies Record<`history.${HistoryColumnId}`, LabelTexts>;
