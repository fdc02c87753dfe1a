/**
 * One hand-made register written six times, once in each UN language, by a secretariat that types its own
 * language's headers and words (with the variants people type: named bodies, a second spelling, Arabic with
 * and without vowel marks). Every language's register means the same, so it must give the same counts.
 */
import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { aSheet } from "../../fixtures";

type Column =
  | "symbol"
  | "title"
  | "number"
  | "addressee"
  | "text"
  | "assessment"
  | "acceptance"
  | "implementation"
  | "previousAcceptance"
  | "previousImplementation"
  | "updated"
  | "responsible";

/** Tokens the rows are written in; each language's dictionary says how its secretariat types them. */
type Token =
  | "LB"
  | "GA"
  | "Board"
  | "EH"
  | "DG"
  | "accepted"
  | "accepted2"
  | "notAccepted"
  | "underConsideration"
  | "notRelevant"
  | "closed"
  | "implemented"
  | "implemented2"
  | "inProgress"
  | "notStarted"
  | "notApplicable"
  | "yes"
  | "no"
  | "ownWord"
  | "ownWordMeans"
  | "vocabulary"
  | "word"
  | "means";

export interface RegisterWording {
  readonly headers: Readonly<Record<Column, string>>;
  readonly words: Readonly<Record<Token, string>>;
}

type Row = readonly [Token, Token | null, Token | null, Token | null, Token | null, Token];

/** [addressee, acceptance, implementation, previous acceptance, previous implementation, assessment updated] */
const ROWS: readonly Row[] = [
  ["GA", "accepted", "implemented", "accepted", "inProgress", "yes"],
  ["DG", "accepted2", "inProgress", "accepted", "inProgress", "no"],
  ["EH", "notAccepted", null, "underConsideration", null, "yes"],
  ["LB", "underConsideration", null, "underConsideration", null, "no"],
  ["EH", "accepted", "notStarted", "accepted", "notStarted", "no"],
  ["DG", "notRelevant", null, "accepted", "inProgress", "yes"],
  ["Board", "closed", null, "underConsideration", null, "yes"],
  ["LB", null, "implemented2", "accepted", "notStarted", "yes"],
  ["EH", "notAccepted", "notApplicable", "notAccepted", null, "no"],
  ["EH", "ownWord", null, "accepted", "inProgress", "no"],
];

const COLUMNS: readonly Column[] = [
  "symbol",
  "title",
  "number",
  "addressee",
  "text",
  "assessment",
  "acceptance",
  "implementation",
  "previousAcceptance",
  "previousImplementation",
  "updated",
  "responsible",
];

/** The register in one language's wording; a Vocabulary sheet teaches it one word of its own. */
export function registerIn({ headers, words }: RegisterWording): WorkbookGrid {
  const word = (token: Token | null): CellValue => (token === null ? null : words[token]);
  const rows: CellValue[][] = ROWS.map(
    ([addressee, acceptance, implementation, prevA, prevI, updated], i) => [
      i < 6 ? "JIU/REP/2021/3" : "JIU/REP/2022/1",
      i < 6 ? "Review A" : "Review B",
      i < 6 ? i + 1 : i - 5,
      word(addressee),
      `R${i + 1}`,
      `A${i + 1}`,
      word(acceptance),
      word(implementation),
      word(prevA),
      word(prevI),
      word(updated),
      "OICT",
    ],
  );
  return {
    sheets: [
      aSheet("Register", [COLUMNS.map((column) => headers[column]), ...rows]),
      aSheet(words.vocabulary, [
        [words.word, words.means],
        [words.ownWord, words.ownWordMeans],
      ]),
    ],
  };
}

export const WORDINGS: Readonly<Record<"en" | "zh" | "fr" | "es" | "ru" | "ar", RegisterWording>> = {
  en: {
    headers: {
      symbol: "Report symbol",
      title: "Report title",
      number: "Recommendation no.",
      addressee: "Addressed to",
      text: "Recommendation",
      assessment: "Management assessment",
      acceptance: "Acceptance",
      implementation: "Implementation",
      previousAcceptance: "Previous acceptance",
      previousImplementation: "Previous implementation",
      updated: "Assessment updated",
      responsible: "Responsible",
    },
    words: {
      LB: "Legislative body",
      GA: "General Assembly",
      Board: "Executive Board",
      EH: "Executive head",
      DG: "Director-General",
      accepted: "Accepted",
      accepted2: "Accept",
      notAccepted: "Not accepted",
      underConsideration: "Under consideration",
      notRelevant: "Not relevant",
      closed: "Closed",
      implemented: "Implemented",
      implemented2: "Completed",
      inProgress: "In progress",
      notStarted: "Not started",
      notApplicable: "N/A",
      yes: "Yes",
      no: "No",
      ownWord: "Pending review by the Board",
      ownWordMeans: "Under consideration",
      vocabulary: "Vocabulary",
      word: "Word",
      means: "Means",
    },
  },
  zh: {
    headers: {
      symbol: "报告文号",
      title: "报告标题",
      number: "建议编号",
      addressee: "提交对象",
      text: "建议",
      assessment: "管理层/联络点评估",
      acceptance: "接受情况",
      implementation: "落实情况",
      previousAcceptance: "之前接受情况",
      previousImplementation: "之前落实情况",
      updated: "评估已更新",
      responsible: "负责人",
    },
    words: {
      LB: "立法机构",
      GA: "大会",
      Board: "执行局",
      EH: "行政首长",
      DG: "总干事",
      accepted: "已接受",
      accepted2: "接受",
      notAccepted: "未予接受",
      underConsideration: "正在审议",
      notRelevant: "不相关",
      closed: "已完成",
      implemented: "已落实",
      implemented2: "已落实",
      inProgress: "正在落实",
      notStarted: "尚未启动",
      notApplicable: "不适用",
      yes: "是",
      no: "否",
      ownWord: "有待执行局审查",
      ownWordMeans: "正在审议",
      vocabulary: "词汇",
      word: "词语",
      means: "含义",
    },
  },
  fr: {
    headers: {
      symbol: "Cote du rapport",
      title: "Titre du rapport",
      number: "N° de la recommandation",
      addressee: "Destinataire",
      text: "Recommandation",
      assessment: "Évaluation de la direction",
      acceptance: "Acceptation",
      implementation: "Mise en œuvre",
      previousAcceptance: "Acceptation précédente",
      previousImplementation: "Mise en oeuvre précédente",
      updated: "Évaluation mise à jour",
      responsible: "Responsable",
    },
    words: {
      LB: "Organes délibérants",
      GA: "Assemblée générale",
      Board: "Conseil d'administration",
      EH: "Chef de secrétariat",
      DG: "Directeur général",
      accepted: "Acceptée",
      accepted2: "ACCEPTEE",
      notAccepted: "Non acceptée",
      underConsideration: "À l'examen",
      notRelevant: "Sans objet",
      closed: "Clôturée",
      implemented: "Mise en œuvre",
      implemented2: "Mise en oeuvre",
      inProgress: "En cours",
      notStarted: "Non commencée",
      notApplicable: "Non applicable",
      yes: "Oui",
      no: "Non",
      ownWord: "En attente d'examen par le Conseil",
      ownWordMeans: "À l'examen",
      vocabulary: "Vocabulaire",
      word: "Mot",
      means: "Signifie",
    },
  },
  es: {
    headers: {
      symbol: "Signatura del informe",
      title: "Título del informe",
      number: "N.º de recomendación",
      addressee: "Destinatario",
      text: "Recomendación",
      assessment: "Evaluación de la administración",
      acceptance: "Aceptación",
      implementation: "Aplicación",
      previousAcceptance: "Aceptación anterior",
      previousImplementation: "Aplicacion anterior",
      updated: "Evaluación actualizada",
      responsible: "Responsable",
    },
    words: {
      LB: "Órganos legislativos",
      GA: "Asamblea General",
      Board: "Junta Ejecutiva",
      EH: "Jefe ejecutivo",
      DG: "Director General",
      accepted: "Aceptada",
      accepted2: "aceptado",
      notAccepted: "No aceptada",
      underConsideration: "En estudio",
      notRelevant: "No pertinente",
      closed: "Cerrada",
      implemented: "Aplicada",
      implemented2: "Implementada",
      inProgress: "En curso",
      notStarted: "No iniciada",
      notApplicable: "No aplicable",
      yes: "Sí",
      no: "No",
      ownWord: "Pendiente de examen por la Junta",
      ownWordMeans: "En estudio",
      vocabulary: "Vocabulario",
      word: "Palabra",
      means: "Significa",
    },
  },
  ru: {
    headers: {
      symbol: "Условное обозначение доклада",
      title: "Название доклада",
      number: "№ рекомендации",
      addressee: "Адресат",
      text: "Рекомендация",
      assessment: "Оценка руководства",
      acceptance: "Принятие",
      implementation: "Выполнение",
      previousAcceptance: "Предыдущий статус принятия",
      previousImplementation: "Предыдущий статус выполнения",
      updated: "Оценка обновлена",
      responsible: "Ответственный",
    },
    words: {
      LB: "Директивные органы",
      GA: "Генеральная Ассамблея",
      Board: "Исполнительный совет",
      EH: "Административный руководитель",
      DG: "Генеральный директор",
      accepted: "Принята",
      accepted2: "ПРИНЯТО",
      notAccepted: "Не принята",
      underConsideration: "На рассмотрении",
      notRelevant: "Неактуальна",
      closed: "Закрыта",
      implemented: "Выполнена",
      implemented2: "Осуществлена",
      inProgress: "Выполняется",
      notStarted: "Не начата",
      notApplicable: "Неприменимо",
      yes: "Да",
      no: "Нет",
      ownWord: "Ожидает рассмотрения Советом",
      ownWordMeans: "На рассмотрении",
      vocabulary: "Словарь",
      word: "Слово",
      means: "Значение",
    },
  },
  // Typed as Arabic registers are: some words with vowel marks (نُفذت), some without (نفذت), a hamza
  // written or not (الامين / الأمين), a tatweel stretching a word (مقبـــولة).
  ar: {
    headers: {
      symbol: "رمز التقرير",
      title: "عنوان التقرير",
      number: "رقم التوصية",
      addressee: "الجهة الموجهة إليها",
      text: "التوصية",
      assessment: "تقييم الإدارة",
      acceptance: "القبول",
      implementation: "التنفيذ",
      previousAcceptance: "حالة القبول السابقة",
      previousImplementation: "حالة التنفيذ السابقة",
      updated: "تحديث التقييم",
      responsible: "المسؤول",
    },
    words: {
      LB: "الهيئات التشريعية",
      GA: "الجمعية العامة",
      Board: "المجلس التنفيذي",
      EH: "الرئيس التنفيذي",
      DG: "المدير العام",
      accepted: "مقبولة",
      accepted2: "مقبـــولة",
      notAccepted: "غير مقبولة",
      underConsideration: "قيد النظر",
      notRelevant: "غير ذات صلة",
      closed: "مغلقة",
      implemented: "نُفذت",
      implemented2: "نفذت",
      inProgress: "قيد التنفيذ",
      notStarted: "لم يبدأ التنفيذ",
      notApplicable: "لا ينطبق",
      yes: "نعم",
      no: "لا",
      ownWord: "بانتظار استعراض المجلس",
      ownWordMeans: "قيد النظر",
      vocabulary: "المفردات",
      word: "الكلمة",
      means: "المعنى",
    },
  },
};
