import type { IsoDate } from "../../../src/core/grid";
import { anId } from "../../fixtures/recommendation";
import type {
  JiuRequest,
  Recommendation,
  RecommendationId,
  Register,
  RegisterRow,
  ReportKind,
  ReportSymbol,
} from "../../../src/core/model";

const SYMBOL = /^JIU\/(REP|NOTE|ML)\/(\d{2}|\d{4})\/(\d+)$/;

/** A report symbol from its text, e.g. symbol("JIU/REP/2021/6"); two-digit years are 19xx. */
export function symbol(text: string): ReportSymbol {
  const match = SYMBOL.exec(text);
  if (!match) throw new Error(`Not a JIU symbol: ${text}`);
  const year = Number(match[2]);
  return {
    kind: match[1] as ReportKind,
    year: year < 100 ? 1900 + year : year,
    number: Number(match[3]),
    text,
  };
}

type RecommendationOverrides = Partial<Omit<Recommendation, "report" | "number">> & {
  report?: string | ReportSymbol | null;
  number?: RecommendationId | number | string | null;
};

let nextRow = 2;

/** An accepted, in-progress recommendation to the executive head, unless told otherwise. */
export function aRecommendation(overrides: RecommendationOverrides = {}): Recommendation {
  const { report = "JIU/REP/2021/1", number = 1, ...rest } = overrides;
  return {
    row: nextRow++,
    organization: null,
    report: typeof report === "string" ? symbol(report) : report,
    reportTitle: "A report",
    reportLink: null,
    number: anId(number),
    addressee: "executiveHead",
    text: "A recommendation",
    assessment: "An assessment",
    acceptance: "accepted",
    implementation: "inProgress",
    previousAcceptance: undefined,
    previousImplementation: undefined,
    assessmentUpdated: false,
    responsible: "Someone",
    deadline: null,
    lastUpdated: null,
    cebComments: null,
    otherDocuments: null,
    ...rest,
  };
}

/** Outstanding in the previous report (accepted, in progress) and implemented now. */
export function aClosedRecommendation(overrides: RecommendationOverrides = {}): Recommendation {
  return aRecommendation({
    implementation: "implemented",
    previousAcceptance: "accepted",
    previousImplementation: "inProgress",
    ...overrides,
  });
}

export function aRegister(recs: readonly Recommendation[], extras: Partial<Register> = {}): Register {
  const rows: RegisterRow[] = recs.map((recommendation) => ({ recommendation, cells: {} }));
  return {
    sheet: "Register",
    table: null,
    headerRow: 1,
    columns: {},
    rows,
    plannedReviews: [],
    plannedReviewsSheet: null,
    requests: [],
    requestsSheet: null,
    ...extras,
  };
}

export function aRequest(overrides: Partial<JiuRequest> = {}): JiuRequest {
  return {
    row: nextRow++,
    reviewCode: "A460",
    kind: "questionnaire",
    received: "2022-01-10" as IsoDate,
    due: "2022-02-10" as IsoDate,
    answered: null,
    ...overrides,
  };
}

export const date = (text: string): IsoDate => text as IsoDate;

/** An identifier as tests write it: 4 for "4", the text otherwise ("3(a)"), "(unnumbered)" for informal ones. */
export function idValue(id: RecommendationId): number | string {
  if (id.unnumbered) return "(unnumbered)";
  return /^\d+$/.test(id.text) ? Number(id.text) : id.text;
}
