import type { RegisterHeaders } from "./types";

/** The register's headers in Arabic. The first name of each column is the one messages use. */
export const ARABIC_HEADERS: RegisterHeaders = {
  register: {
    organization: ["المنظمة", "المنظمة المشاركة"],
    reportSymbol: ["رمز التقرير", "الرمز", "تقرير وحدة التفتيش المشتركة"],
    reportTitle: ["عنوان التقرير", "العنوان"],
    reportLink: ["رابط التقرير", "الرابط"],
    recommendationNumber: ["رقم التوصية", "الرقم"],
    addressee: ["الجهة الموجهة إليها", "موجهة إلى", "الجهة المعنية"],
    recommendationText: ["التوصية", "نص التوصية"],
    assessment: ["تقييم الإدارة", "تقييم جهة التنسيق", "التقييم", "التعليقات"],
    acceptance: ["القبول", "حالة القبول"],
    implementation: ["التنفيذ", "حالة التنفيذ"],
    status: ["الحالة", "الحالة الراهنة", "حالة التوصية"],
    previousAcceptance: ["حالة القبول السابقة", "القبول السابق"],
    previousImplementation: ["حالة التنفيذ السابقة", "التنفيذ السابق"],
    previousStatus: ["الحالة السابقة", "الحالة في التقرير السابق"],
    assessmentUpdated: ["تحديث التقييم", "التقييم محدث"],
    responsible: ["المسؤول", "جهة التنسيق", "الوحدة المسؤولة", "المكتب المسؤول"],
    deadline: ["الموعد النهائي", "التاريخ المستهدف"],
    lastUpdated: ["آخر تحديث", "تاريخ التحديث"],
    cebComments: ["تعليقات مجلس الرؤساء التنفيذيين", "مجلس الرؤساء التنفيذيين"],
    otherDocuments: ["وثائق أخرى", "وثائق ذات صلة"],
  },
  plannedReviews: {
    code: ["الرمز", "رمز الاستعراض"],
    title: ["العنوان", "عنوان الاستعراض", "الاستعراض"],
    workPlanYear: ["سنة برنامج العمل", "برنامج العمل", "السنة"],
  },
  requests: {
    reviewCode: ["رمز الاستعراض", "الرمز"],
    kind: ["الطلب", "نوع الطلب"],
    received: ["تاريخ الاستلام"],
    due: ["موعد الرد", "الموعد المحدد للرد"],
    answered: ["تاريخ الرد"],
  },
  vocabulary: {
    word: ["الكلمة", "المصطلح"],
    means: ["المعنى", "تعني"],
  },
  vocabularySheet: ["المفردات", "مسرد المصطلحات"],
};
