/**
 * A register in another organization's shape: ITU's, as its Council documents on JIU reports present them
 * (C22/61, "JIU reports on United Nations system-wide issues for 2020-2021 and recommendations to executive
 * heads and legislative bodies", with the comments of the ITU Secretariat; CWG-FHR-8/14 on JIU/REP/2016/1,
 * whose formal and informal recommendations the Secretary-General accepted). Its shape is theirs: the
 * addressees named as bodies and officials (Council, Plenipotentiary Conference or "PP", Secretary-General,
 * ITU secretariat, "Both"), one Status column, alphanumeric numbers (3(a), 3(b)), informal recommendations,
 * and a Vocabulary sheet for ITU's own words.
 *
 * ILLUSTRATIVE: which status each row has, the split of recommendation 3 of JIU/REP/2021/5 into 3(a) and
 * 3(b), the comments, focal points and dates are invented to show the shape; the recommendation texts are the
 * JIU's (this project's English of WIPO's Chinese annexes, samples/wipo-2023-en-texts.ts). It is the first
 * report on the 2021 reports (no previous status): their already-closed recommendations go to the annexes
 * and to the list proposed for closure.
 */
import type { WorkbookGrid } from "../src/core/grid";
import { sampleGridSheet, sampleReportLink, type SampleCell, type SampleSheet } from "./wipo-2023-data";
import { ENGLISH_TEXTS, ENGLISH_TITLES } from "./wipo-2023-en-texts";

export const ITU_ORGANIZATION = "International Telecommunication Union (ITU)";
/** The date the illustrative statuses are reported as of. */
export const ITU_AS_OF = "2022-06-30";

interface ItuRecommendation {
  readonly report: string;
  /** As ITU's register writes it: 4, "3(a)", "Informal recommendations". */
  readonly number: number | string;
  readonly addressee: string;
  /** The text; by default the JIU's text of `report`'s recommendation `number`. */
  readonly text?: string;
  readonly comments: string;
  readonly status: string;
  readonly previousStatus: string | null;
  readonly focalPoint: string;
  readonly targetDate: string | null;
}

const textOf = (report: string, number: number): string => {
  const found = ENGLISH_TEXTS.find((text) => text.report === report && text.number === number);
  if (!found) throw new Error(`No text for ${report} recommendation ${number}`);
  return found.text;
};

const ETHICS_3 = textOf("JIU/REP/2021/5", 3);

export const ITU_RECOMMENDATIONS: readonly ItuRecommendation[] = [
  {
    report: "JIU/REP/2021/6",
    number: 4,
    addressee: "Secretary-General",
    comments:
      "Progress on the organizational resilience management system will be reported to Council in the annual report on the implementation of the Strategic Plan.",
    status: "Accepted, in progress",
    previousStatus: null,
    focalPoint: "Chief, Strategic Planning and Membership Department",
    targetDate: "2024-12-31",
  },
  {
    report: "JIU/REP/2021/5",
    number: "3(a)",
    addressee: "Secretary-General",
    text: `${ETHICS_3} (a) Staff.`,
    comments:
      "The mandatory ethics course is renewed every three years for all staff; the refresher was launched in 2022.",
    status: "Accepted and implemented",
    previousStatus: null,
    focalPoint: "Ethics Officer",
    targetDate: null,
  },
  {
    report: "JIU/REP/2021/5",
    number: "3(b)",
    addressee: "Secretary-General",
    text: `${ETHICS_3} (b) Non-staff personnel.`,
    comments: "Non-staff personnel will take the course from 2023, when the learning platform admits them.",
    status: "Accepted – action plan in preparation",
    previousStatus: null,
    focalPoint: "Ethics Officer",
    targetDate: "2023-12-31",
  },
  {
    report: "JIU/REP/2021/5",
    number: 4,
    addressee: "Secretary-General",
    comments: "The evaluation of the financial disclosure programme is planned for 2024.",
    status: "Under consideration",
    previousStatus: null,
    focalPoint: "Ethics Officer",
    targetDate: "2024-12-31",
  },
  {
    report: "JIU/REP/2021/5",
    number: "Informal recommendations",
    addressee: "ITU secretariat",
    text: "The informal recommendations of the report: the suggestions in bold in its text, addressed to the secretariats.",
    comments:
      "The informal recommendations were accepted by the Secretary-General and taken into the ethics work plan.",
    status: "Implemented (closed)",
    previousStatus: null,
    focalPoint: "Ethics Officer",
    targetDate: null,
  },
  {
    report: "JIU/REP/2021/3",
    number: 1,
    addressee: "Secretary-General",
    comments: "A report on ITU's cybersecurity framework was presented to Council.",
    status: "Accepted and implemented",
    previousStatus: null,
    focalPoint: "Chief Information Security Officer",
    targetDate: null,
  },
  {
    report: "JIU/REP/2021/3",
    number: 2,
    addressee: "Council",
    comments: "Council will consider the report of the Secretary-General and give guidance where needed.",
    status: "Under review by Council",
    previousStatus: null,
    focalPoint: "Council Secretariat",
    targetDate: "2023-07-31",
  },
  {
    report: "JIU/REP/2021/2",
    number: 7,
    addressee: "PP",
    comments:
      "The priorities of the Vienna Programme of Action are reflected in the resolutions of the Plenipotentiary Conference on landlocked developing countries.",
    status: "Closed",
    previousStatus: null,
    focalPoint: "Director, Telecommunication Development Bureau",
    targetDate: null,
  },
  {
    report: "JIU/REP/2021/2",
    number: 1,
    addressee: "Both",
    comments:
      "A focal point for landlocked developing countries was designated in the Telecommunication Development Bureau.",
    status: "Fully implemented",
    previousStatus: null,
    focalPoint: "Director, Telecommunication Development Bureau",
    targetDate: null,
  },
  {
    report: "JIU/REP/2020/7",
    number: 1,
    addressee: "Council",
    comments:
      "Blockchain is part of ITU's work on digital technologies; no separate innovation strategy applies.",
    status: "Not applicable to ITU",
    previousStatus: "Under consideration",
    focalPoint: "Chief Information Officer",
    targetDate: null,
  },
  {
    report: "JIU/REP/2020/7",
    number: 2,
    addressee: "Secretary-General",
    comments: "Blockchain use cases go through ITU's project risk assessment.",
    status: "Accepted and implemented",
    previousStatus: "Accepted, in progress",
    focalPoint: "Chief Information Officer",
    targetDate: null,
  },
  {
    report: "JIU/REP/2020/7",
    number: 6,
    addressee: "Plenipotentiary Conference",
    comments: "Member States' work with UNCITRAL is for them to decide.",
    status: "No longer relevant",
    previousStatus: "Under consideration",
    focalPoint: "Legal Affairs Unit",
    targetDate: null,
  },
  {
    report: "JIU/REP/2020/8",
    number: 1,
    addressee: "Secretary-General",
    comments: "An environmental sustainability policy for ITU's internal management is being drafted.",
    status: "Partially implemented",
    previousStatus: "Accepted, not started",
    focalPoint: "Chief, Facilities Management",
    targetDate: "2023-06-30",
  },
  {
    report: "JIU/REP/2020/6",
    number: 4,
    addressee: "Council",
    comments: "ITU's learning policy covers language training in the six official languages.",
    status: "Accepted and implemented",
    previousStatus: "Partially implemented",
    focalPoint: "Chief, Human Resources Management Department",
    targetDate: null,
  },
];

/** ITU's own words, taught to the register: what each stands for, in the register's canonical words. */
export const ITU_VOCABULARY: readonly (readonly [string, string])[] = [
  ["PP", "Legislative body"],
  ["Under review by Council", "Under consideration"],
  ["Accepted – action plan in preparation", "Accepted; Not started"],
  ["Implemented (closed)", "Implemented"],
  ["Not applicable to ITU", "Not relevant"],
];

function row(rec: ItuRecommendation): SampleCell[] {
  const title = ENGLISH_TITLES[rec.report];
  if (title === undefined) throw new Error(`No title for ${rec.report}`);
  return [
    rec.report,
    title,
    { text: "Link", address: sampleReportLink(rec.report) },
    rec.number,
    rec.addressee,
    rec.text ?? textOf(rec.report, Number(rec.number)),
    rec.comments,
    rec.status,
    rec.previousStatus,
    rec.focalPoint,
    rec.targetDate ? { date: rec.targetDate as never } : null,
    ITU_ORGANIZATION,
  ];
}

export const ITU_SHEETS: readonly SampleSheet[] = [
  {
    name: "JIU recommendations",
    table: "JiuRecommendations",
    headers: [
      "JIU report",
      "Title",
      "Link",
      "Rec. no.",
      "Addressee",
      "Recommendation",
      "Comments",
      "Status",
      "Previous status",
      "Focal point",
      "Target date",
      "Organization",
    ],
    rows: ITU_RECOMMENDATIONS.map(row),
    widths: [16, 34, 8, 12, 20, 60, 50, 22, 20, 26, 12, 24],
  },
  {
    name: "Vocabulary",
    table: "Vocabulary",
    headers: ["Word", "Means"],
    rows: ITU_VOCABULARY.map(([word, means]) => [word, means]),
    widths: [40, 30],
  },
];

/** The ITU-shaped workbook as the core sees it. */
export function ituWorkbookGrid(): WorkbookGrid {
  return { sheets: ITU_SHEETS.map(sampleGridSheet) };
}
