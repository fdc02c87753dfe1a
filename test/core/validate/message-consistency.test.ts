import fc from "fast-check";
import type { IsoDate, WorkbookGrid } from "../../../src/core/grid";
import { parseWorkbook } from "../../../src/core/parse";
import { validate as validateRegister } from "../../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../../src/labels/finding-message";
import { findingMessage, formatFindingMessage } from "../../../src/labels/labels";
import { SAMPLE_AS_OF, sampleWorkbookGrid } from "../../../samples/wipo-2023-data";
import { aGrid, dateCell, errorCell, linkCell, plannedReviewsSheet, requestsSheet } from "../../fixtures";
import { asOfArb, HOSTILE_TEXTS, registerArb, registerGridOf } from "../../properties/arbitraries";
import { AS_OF, OUTSTANDING } from "./helpers";
import { problemText } from "../../fixtures/problem";

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

const PLACEHOLDER = /\{[A-Za-z][A-Za-z0-9]*\}/;
// Words of the English templates that a Chinese message must not carry (register values aside).
const ENGLISH_WORDS = /\b(is|are|the|not|and|or|use|type|missing|blank|row|rows|sheet|table|cell|date)\b/i;
const CJK = /[\u4E00-\u9FFF]/;

/** What is wrong with one finding's messages, or null: English = its template, Chinese fully rendered. */
function problemWith(finding: RenderedFinding): string | null {
  const at = `${finding.rule} row ${finding.row}`;
  if (finding.messageId === undefined) return `${at}: no message id`;
  const english = formatFindingMessage(finding.messageId, finding.params ?? {}, "en");
  if (english !== finding.message) return `${at}: '${finding.message}' is rendered '${english}'`;
  if (findingMessage(finding, "en") !== finding.message) return `${at}: findingMessage differs in English`;
  const chinese = findingMessage(finding, "zh");
  // Register values are shown as written, in any language: take them out before looking for English words.
  let rest = chinese;
  for (const value of Object.values(finding.params ?? {})) {
    if (typeof value === "string" && value !== "") rest = rest.split(value).join(" ");
  }
  if (PLACEHOLDER.test(rest)) return `${at}: placeholder left in '${chinese}'`;
  if (ENGLISH_WORDS.test(rest)) return `${at}: English word in '${chinese}'`;
  if (!CJK.test(chinese)) return `${at}: no Chinese in '${chinese}'`;
  return null;
}

function problemsIn(findings: readonly RenderedFinding[]): string[] {
  return findings.map(problemWith).filter((problem): problem is string => problem !== null);
}

function findingsOf(grid: WorkbookGrid, asOf: string): RenderedFinding[] {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return validate(outcome.register, asOf as IsoDate);
}

/** Many faults at once, on every sheet, with hostile text in the quoted values. */
const VARIED_GRID = aGrid(
  [
    { reportSymbol: "JIU/REP/2021/6" },
    { reportSymbol: null, acceptance: null, implementation: null },
    { acceptance: "Acepted", addressee: "Directeur adjoint" },
    {
      implementation: "Выполняется частично",
      previousAcceptance: "Not accepted",
      previousImplementation: "Done",
    },
    { ...OUTSTANDING, responsible: null, assessment: errorCell("#REF!"), reportTitle: "Other title" },
    { deadline: "31/12/2023", lastUpdated: 44985, reportLink: "www.unjiu.org/a", otherDocuments: "=1+1" },
    { recommendationNumber: 1, cebComments: linkCell("CEB", "file:///c:/x"), assessmentUpdated: "Maybe" },
    ...HOSTILE_TEXTS.map((text) => ({ acceptance: text, responsible: text, reportTitle: text })),
    { reportSymbol: "JIU/REP/2016/2", implementation: "Not started", deadline: dateCell("2020-01-01") },
    {
      recommendationText: errorCell("#N/A"),
      organization: errorCell("#NAME?"),
      lastUpdated: dateCell("2024-01-01"),
    },
  ],
  {
    extraSheets: [
      plannedReviewsSheet([
        ["A460", "One", 2021],
        ["A460", "Two", errorCell("#N/A")],
        ["a460", "one", 2021],
      ]),
      requestsSheet([["A460", "Questionnaire", "soon", 45000.5, errorCell("#DIV/0!")]]),
    ],
  },
);

describe("every finding's message is its English template, and renders in Chinese", () => {
  it("on a register with many faults on every sheet", () => {
    const findings = findingsOf(VARIED_GRID, AS_OF);
    expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThan(15);
    expect(problemsIn(findings)).toEqual([]);
  });

  it("on the sample register", () => {
    const findings = findingsOf(sampleWorkbookGrid(), SAMPLE_AS_OF);
    expect(findings.length).toBeGreaterThan(0);
    expect(problemsIn(findings)).toEqual([]);
  });

  it("on random registers, valid and corrupted", () => {
    fc.assert(
      fc.property(registerArb(20, "medium"), asOfArb, (random, asOf) => {
        expect(problemsIn(findingsOf(registerGridOf(random), asOf))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
