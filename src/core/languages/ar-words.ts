import type { RegisterWords } from "./types";

/**
 * The register's words in Arabic, as the JIU's Arabic reports write them: "مقبولة", "غير مقبولة", "قيد
 * النظر", "غير ذات صلة", "نُفذت", "قيد التنفيذ", "لم يبدأ التنفيذ"; the addressees "الهيئة التشريعية" and
 * "الرئيس التنفيذي", and the official Arabic names of the bodies and heads ("الجمعية العامة", "المدير العام").
 * Written here with the vowel marks a document may carry; matching ignores them (see `looseKey`).
 */
export const ARABIC_WORDS: RegisterWords = {
  addressee: {
    legislative: ["الهيئة التشريعية", "الهيئات التشريعية", "هيئة تشريعية", "هيئات الإدارة", "الدول الأعضاء"],
    executiveHead: ["الرئيس التنفيذي", "الرؤساء التنفيذيون", "الرئيسة التنفيذية"],
  },
  namedAddressee: {
    legislative: [
      "الجمعية العامة",
      "لجنة التنسيق",
      "المجلس التنفيذي",
      "مجلس الإدارة",
      "المجلس",
      "المؤتمر",
      "مؤتمر الأطراف",
      "مؤتمر المندوبين المفوضين",
      "جمعيات الدول الأعضاء",
      "لجنة البرنامج والميزانية",
      "جمعية الصحة العالمية",
      "كلاهما",
    ],
    executiveHead: [
      "المدير العام",
      "المديرة العامة",
      "الأمين العام",
      "الأمينة العامة",
      "المدير التنفيذي",
      "المديرة التنفيذية",
      "مدير البرنامج",
      "المفوض السامي",
      "الأمانة",
    ],
  },
  acceptance: {
    accepted: ["مقبولة", "مقبول", "قُبلت"],
    notAccepted: ["غير مقبولة", "غير مقبول", "مرفوضة", "لم تُقبل"],
    underConsideration: ["قيد النظر", "قيد الدراسة", "لا تزال قيد النظر"],
    notRelevant: ["غير ذات صلة", "لا صلة لها", "لم تعد ذات صلة"],
    closed: ["مغلقة", "أُغلقت"],
  },
  implementation: {
    implemented: ["نُفذت", "منفذة", "تم التنفيذ", "مكتملة"],
    inProgress: ["قيد التنفيذ", "جارٍ التنفيذ", "جاري التنفيذ", "جار التنفيذ"],
    notStarted: ["لم يبدأ التنفيذ", "لم يبدأ", "لم يبدأ تنفيذها"],
  },
  statusPhrases: [
    {
      words: ["نُفذت بالكامل", "نُفذت تنفيذاً كاملاً", "قُبلت ونُفذت"],
      acceptance: "accepted",
      implementation: "implemented",
    },
    {
      words: ["نُفذت جزئياً", "قُبلت وهي قيد التنفيذ", "مقبولة وقيد التنفيذ"],
      acceptance: "accepted",
      implementation: "inProgress",
    },
    { words: ["قُبلت ولم يبدأ التنفيذ"], acceptance: "accepted", implementation: "notStarted" },
  ],
  notApplicable: ["لا ينطبق", "غير منطبق"],
  yes: ["نعم"],
  no: ["لا"],
  unnumbered: ["توصيات غير رسمية", "توصية غير رسمية"],
};
