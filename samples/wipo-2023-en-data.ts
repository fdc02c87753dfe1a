/**
 * The English sample register: the same 24 recommendations of WO/PBC/35/2 as samples/wipo-2023.xlsx, with
 * English headers and words, so that English output is English throughout. The statuses, previous statuses,
 * links and planned reviews are the Chinese sample's, row by row; the texts are this project's translation
 * (samples/wipo-2023-en-texts.ts). Its summary is the seed's: 1 outstanding recommendation to legislative
 * bodies, 4 to the executive head, 19 proposed for closure.
 */
import type { GridSheet, WorkbookGrid } from "../src/core/grid";
import {
  SAMPLE_PLANNED_REVIEWS,
  SAMPLE_RECOMMENDATIONS,
  SAMPLE_REQUESTS,
  sampleCebCommentsLink,
  sampleGridSheet,
  sampleOtherDocumentsLink,
  sampleReportLink,
  SAMPLE_REPORTS,
  type SampleCell,
  type SampleRecommendation,
  type SampleSheet,
} from "./wipo-2023-data";
import { ENGLISH_TEXTS, ENGLISH_TITLES } from "./wipo-2023-en-texts";

export const SAMPLE_EN_ORGANIZATION = "World Intellectual Property Organization (WIPO)";

/** The Chinese sample's words, in English (the register's canonical English words). */
const WORDS: Readonly<Record<string, string>> = {
  已接受: "Accepted",
  已落实: "Implemented",
  正在落实: "In progress",
  尚未启动: "Not started",
  立法机构: "Legislative body",
  行政首长: "Executive head",
  是: "Yes",
};

const CEB_WORDS: Readonly<Record<string, string>> = {
  首协会评论意见: "CEB comments",
  首协会评论意见和检查组的回应: "CEB comments and the JIU's response",
  报告要点: "Report highlights",
};

const REQUEST_WORDS: Readonly<Record<string, string>> = {
  问卷: "Questionnaire",
  访谈: "Interview",
  调查: "Survey",
  对报告草稿的评论: "Comments on draft report",
};

/** Table 2's reviews, with the JIU's English titles; the slip (A460 given to two reviews) is kept. */
const PLANNED_TITLES: readonly string[] = [
  "Review of policies, measures, mechanisms and practices to prevent and address racism and racial discrimination in the United Nations system organizations",
  "Review of the internal pre-tribunal stage appeal mechanisms available to staff of the United Nations system organizations",
  "Review of accountability frameworks in the United Nations system organizations",
  "Flexible working arrangements in the United Nations system organizations",
  "Review of mental health and well-being policies and practices in the United Nations system organizations",
  "Review of the acceptance and implementation of JIU recommendations by United Nations system organizations, the procedures of JIU participating organizations for handling JIU reports and their consideration by their legislative/governing bodies",
  "Review of the quality, effectiveness, efficiency and sustainability of the health insurance schemes in the United Nations system organizations",
  "Review of the use of non-staff personnel and related contractual modalities in the United Nations system organizations",
];

function english(word: string): string | null {
  if (word === "") return null;
  const translated = WORDS[word];
  if (translated === undefined) throw new Error(`No English word for ${word}`);
  return translated;
}

function textOf(rec: SampleRecommendation) {
  const text = ENGLISH_TEXTS.find(
    (candidate) => candidate.report === rec.report && candidate.number === rec.number,
  );
  if (!text) throw new Error(`No English text for ${rec.report} recommendation ${rec.number}`);
  return text;
}

function registerRow(rec: SampleRecommendation): SampleCell[] {
  const report = SAMPLE_REPORTS.find((candidate) => candidate.symbol === rec.report);
  const title = ENGLISH_TITLES[rec.report];
  if (!report || title === undefined) throw new Error(`No report ${rec.report}`);
  const text = textOf(rec);
  const ceb = report.cebComments ? CEB_WORDS[report.cebComments] : undefined;
  const other = report.otherDocuments ? CEB_WORDS[report.otherDocuments] : undefined;
  return [
    rec.report,
    title,
    { text: "Link", address: sampleReportLink(rec.report) },
    rec.number,
    english(rec.addressee),
    text.text,
    text.assessment,
    english(rec.acceptance),
    english(rec.implementation),
    english(rec.previousAcceptance),
    english(rec.previousImplementation),
    english(rec.assessmentUpdated),
    text.responsible,
    ceb ? { text: ceb, address: sampleCebCommentsLink(rec.report) } : null,
    other ? { text: other, address: sampleOtherDocumentsLink(rec.report) } : null,
    SAMPLE_EN_ORGANIZATION,
  ];
}

export const SAMPLE_EN_SHEETS: readonly SampleSheet[] = [
  {
    name: "Register",
    table: "Register",
    headers: [
      "Report symbol",
      "Report title",
      "Report link",
      "Recommendation no.",
      "Addressed to",
      "Recommendation",
      "Management assessment",
      "Acceptance",
      "Implementation",
      "Previous acceptance",
      "Previous implementation",
      "Assessment updated",
      "Responsible",
      "CEB comments",
      "Other documents",
      "Organization",
    ],
    rows: SAMPLE_RECOMMENDATIONS.map(registerRow),
    widths: [16, 34, 10, 10, 14, 60, 60, 12, 12, 12, 12, 10, 26, 18, 16, 24],
  },
  {
    name: "Planned reviews",
    table: "PlannedReviews",
    headers: ["Code", "Title", "Work plan year"],
    rows: SAMPLE_PLANNED_REVIEWS.map((review, index) => [
      review.code,
      PLANNED_TITLES[index] ?? "",
      review.workPlanYear,
    ]),
    widths: [10, 80, 14],
  },
  {
    name: "Requests",
    table: "Requests",
    headers: ["Review code", "Request", "Date received", "Date due", "Date answered"],
    rows: SAMPLE_REQUESTS.map((request) => [
      request.reviewCode,
      REQUEST_WORDS[request.request] ?? request.request,
      { date: request.received },
      { date: request.due },
      request.answered ? { date: request.answered } : null,
    ]),
    widths: [12, 26, 14, 14, 14],
  },
];

/** The English sample workbook as the core sees it, without reading the .xlsx. */
export function sampleEnWorkbookGrid(): WorkbookGrid {
  return { sheets: SAMPLE_EN_SHEETS.map((sheet): GridSheet => sampleGridSheet(sheet)) };
}
